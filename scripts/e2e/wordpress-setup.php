<?php
/**
 * Installs a throwaway WordPress site for scripts/e2e/wordpress.test.ts, the way an administrator
 * would through the installer and the admin screens: runs wp_install() on the (empty) database of
 * the site's wp-config.php with an administrator `admin`, activates the CourseKit plugin, sets its
 * API when given one (else the tests set it on Settings → CourseKit) and publishes the pages.
 *
 * Usage: php wordpress-setup.php <site dir> <admin password> <pages as JSON: {"name": "post content"}> [<CourseKit API base URL>]
 * Prints {"name": "page URL"} as JSON. Exits non-zero with a message on any failure.
 */

[, $site, $admin_password, $pages_json, $api_base_url] = $argv + [null, null, null, null, ''];
if (!$site || !$admin_password || !$pages_json) {
    fwrite(STDERR, "usage: php wordpress-setup.php <site dir> <admin password> <pages json> [<api base url>]\n");
    exit(2);
}
$pages = json_decode($pages_json, true, 512, JSON_THROW_ON_ERROR);

define('WP_INSTALLING', true);
require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$installed = wp_install('CourseKit on WordPress', 'admin', 'admin@example.com', false, '', $admin_password);
wp_set_current_user($installed['user_id']);

$activated = activate_plugin('coursekit/coursekit.php');
if (is_wp_error($activated)) {
    fwrite(STDERR, 'activate_plugin: ' . $activated->get_error_message() . "\n");
    exit(1);
}
if ($api_base_url !== '') {
    update_option('coursekit_base_url', $api_base_url);
}

$urls = [];
foreach ($pages as $name => $content) {
    $id = wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => $name, 'post_content' => $content], true);
    if (is_wp_error($id)) {
        fwrite(STDERR, 'wp_insert_post: ' . $id->get_error_message() . "\n");
        exit(1);
    }
    $urls[$name] = get_permalink($id);
}
echo json_encode($urls), "\n";
