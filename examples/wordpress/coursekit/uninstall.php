<?php
/**
 * Runs when an administrator deletes the plugin on the Plugins screen (after deactivating it, which
 * removed its rewrite rule): its options go. The "Courses" page that activation created stays, as
 * any page of the site's content does; delete it like one.
 */

if (!defined('WP_UNINSTALL_PLUGIN')) {
    exit;
}

foreach (['coursekit_base_url', 'coursekit_currency', 'coursekit_with_credentials', 'coursekit_course_page', 'coursekit_version'] as $option) {
    delete_option($option);
}
