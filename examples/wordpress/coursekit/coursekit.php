<?php
/**
 * Plugin Name: CourseKit
 * Description: A CourseKit course catalog and course pages as shortcodes: [coursekit_catalog] and [coursekit_course]. Settings → CourseKit connects them to your API.
 * Version: 0.2.0
 * Requires at least: 6.1
 * Requires PHP: 7.4
 * Text Domain: coursekit
 */

if (!defined('ABSPATH')) {
    exit; // Loaded by WordPress only.
}

const COURSEKIT_VERSION = '0.2.0';

/** The query variable naming a course: set by the course page's rewrite rule, or `?course=<slug>` with plain permalinks. */
const COURSEKIT_QUERY_VAR = 'course';

// The loader, pinned to a version. To serve it from your own host, define COURSEKIT_LOADER_URL in wp-config.php.
if (!defined('COURSEKIT_LOADER_URL')) {
    define('COURSEKIT_LOADER_URL', 'https://cdn.jsdelivr.net/npm/@coursekit/elements@0.1.0/dist/cdn/coursekit-loader.js');
}

require_once __DIR__ . '/settings.php';

// Registered on every page; enqueued by the first shortcode, so pages without one load nothing.
add_action('wp_enqueue_scripts', function () {
    wp_register_script('coursekit-loader', COURSEKIT_LOADER_URL, [], null, true); // in the footer
    // A file, not an inline style, so sites with a strict Content-Security-Policy keep it.
    wp_register_style('coursekit', plugins_url('coursekit.css', __FILE__), [], COURSEKIT_VERSION);
});

// WordPress before 6.5 has no wp_enqueue_script_module(): mark the script as a module.
add_filter('script_loader_tag', function ($tag, $handle) {
    return $handle === 'coursekit-loader' ? str_replace('<script ', '<script type="module" ', $tag) : $tag;
}, 10, 2);

/**
 * The provider around the elements, with the API and currency from Settings → CourseKit, in a
 * block of the post's content: the theme gives the block its content width (the provider itself
 * lays out nothing), and coursekit.css spaces the elements and holds their room while they load.
 * Until the API is set, visitors get nothing and administrators a link to the settings.
 */
function coursekit_provider(string $kind, string $inner): string {
    $base_url = (string) get_option('coursekit_base_url');
    if ($base_url === '') {
        if (!current_user_can('manage_options')) {
            return '';
        }
        return sprintf(
            '<p class="coursekit-unconfigured"><a href="%s">%s</a></p>',
            esc_url(admin_url('options-general.php?page=coursekit')),
            esc_html__('Set your CourseKit API on Settings → CourseKit to show your courses here.', 'coursekit')
        );
    }
    wp_enqueue_script('coursekit-loader'); // once per page, however many shortcodes call it
    wp_enqueue_style('coursekit');
    return sprintf(
        '<div class="coursekit coursekit-%s"><ckit-provider base-url="%s" currency="%s"%s>%s</ckit-provider></div>',
        $kind,
        esc_url($base_url),
        esc_attr((string) get_option('coursekit_currency')),
        get_option('coursekit_with_credentials') ? ' with-credentials' : '',
        $inner
    );
}

/**
 * The published page that shows one course ([coursekit_course] without a slug), or null when none
 * is chosen on Settings → CourseKit.
 */
function coursekit_course_page(): ?WP_Post {
    $page = get_post(absint(get_option('coursekit_course_page')));
    return $page && $page->post_type === 'page' && $page->post_status === 'publish' ? $page : null;
}

/**
 * The course page's path when course links are pretty (`courses` for /courses/<slug>/), or null
 * when they are query links: plain permalinks, or a course page that is the front page.
 */
function coursekit_course_path(WP_Post $page): ?string {
    global $wp_rewrite;
    $is_front_page = get_option('show_on_front') === 'page' && absint(get_option('page_on_front')) === $page->ID;
    return $wp_rewrite->using_permalinks() && !$is_front_page ? get_page_uri($page) : null;
}

/** The catalog's `href-template`: the course page with `{slug}` for the element to fill in; '' without a course page. */
function coursekit_course_link_template(): string {
    $page = coursekit_course_page();
    if (!$page) {
        return '';
    }
    $url = get_permalink($page);
    return coursekit_course_path($page) !== null
        ? user_trailingslashit(trailingslashit($url) . '{slug}', 'page')
        : add_query_arg(COURSEKIT_QUERY_VAR, '{slug}', $url);
}

add_filter('query_vars', function (array $vars): array {
    $vars[] = COURSEKIT_QUERY_VAR;
    return $vars;
});

/**
 * The rule for /<course page path>/<slug>/, ahead of WordPress's own (which would look for a child
 * page named <slug>). A filter of the generated rules, so it costs nothing per request: it runs
 * only when the rules are rebuilt (on activation, on saving permalinks, when the course page changes).
 */
function coursekit_rewrite_rules(array $rules): array {
    $page = coursekit_course_page();
    $path = $page ? coursekit_course_path($page) : null;
    if ($path === null || $path === '') {
        return $rules;
    }
    $rule = [preg_quote($path, '#') . '/([^/]+)/?$' => sprintf('index.php?page_id=%d&%s=$matches[1]', $page->ID, COURSEKIT_QUERY_VAR)];
    return $rule + $rules;
}
add_filter('rewrite_rules_array', 'coursekit_rewrite_rules');

// The course page moved (another page chosen, its slug or parent edited, unpublished): rebuild the rules once.
add_action('update_option_coursekit_course_page', 'coursekit_flush_rewrite_rules');
add_action('post_updated', function (int $post_id, WP_Post $after, WP_Post $before) {
    if ($post_id === absint(get_option('coursekit_course_page'))
        && ($after->post_name !== $before->post_name || $after->post_parent !== $before->post_parent || $after->post_status !== $before->post_status)) {
        coursekit_flush_rewrite_rules();
    }
}, 10, 3);

function coursekit_flush_rewrite_rules(): void {
    flush_rewrite_rules(false); // the rules WordPress keeps in the database; .htaccess does not change
}

/**
 * First activation: the settings' defaults and a "Courses" page holding [coursekit_course], chosen
 * as the course page, so the catalog's links work at once. Every activation and update: the rules.
 */
function coursekit_install(): void {
    $first = get_option('coursekit_course_page', null) === null;
    foreach (COURSEKIT_DEFAULTS as $option => $default) {
        add_option($option, $default); // keeps a value already set
    }
    if ($first) {
        $page_id = wp_insert_post([
            'post_type' => 'page',
            'post_status' => 'publish',
            'post_title' => __('Courses', 'coursekit'),
            'post_name' => 'courses',
            'post_content' => "<!-- wp:shortcode -->\n[coursekit_course]\n<!-- /wp:shortcode -->",
        ]);
        if ($page_id) {
            update_option('coursekit_course_page', $page_id);
        }
    }
    update_option('coursekit_version', COURSEKIT_VERSION);
    coursekit_flush_rewrite_rules();
}
register_activation_hook(__FILE__, 'coursekit_install');

// An update replaces the files without activating the plugin again: install once per new version.
add_action('init', function () {
    if (get_option('coursekit_version') !== COURSEKIT_VERSION) {
        coursekit_install();
    }
}, 20);

register_deactivation_hook(__FILE__, function () {
    remove_filter('rewrite_rules_array', 'coursekit_rewrite_rules');
    coursekit_flush_rewrite_rules();
});

/** [coursekit_catalog]: the catalog, whose cards link to the course page. */
function coursekit_catalog_shortcode($atts): string {
    // Only these attributes, with their defaults; everything else an editor types is dropped.
    $atts = shortcode_atts(['per_page' => '12', 'category' => '', 'heading_level' => '2'], $atts, 'coursekit_catalog');
    $href_template = coursekit_course_link_template();
    return coursekit_provider('catalog', sprintf(
        '<ckit-course-catalog per-page="%d" category="%s" heading-level="%d"%s></ckit-course-catalog>',
        absint($atts['per_page']),
        esc_attr($atts['category']),
        min(6, max(2, absint($atts['heading_level']))),
        // esc_attr(), not esc_url(): esc_url() would drop the braces the element fills in.
        $href_template !== '' ? sprintf(' href-template="%s"', esc_attr($href_template)) : ''
    ));
}
add_shortcode('coursekit_catalog', 'coursekit_catalog_shortcode');

/**
 * [coursekit_course slug="..."]: one course. Without `slug`, the course the address names
 * (/courses/<slug>/, or ?course=<slug>); reached without one, the page lists the catalog.
 */
add_shortcode('coursekit_course', function ($atts) {
    $atts = shortcode_atts(['slug' => ''], $atts, 'coursekit_course');
    $requested = get_query_var(COURSEKIT_QUERY_VAR);
    $slug = sanitize_title($atts['slug'] !== '' ? $atts['slug'] : (is_string($requested) ? $requested : ''));
    if ($slug === '') {
        return coursekit_catalog_shortcode([]);
    }
    return coursekit_provider('course', sprintf(
        '<ckit-course-details course-slug="%1$s"><ckit-enroll-button slot="actions" course-slug="%1$s"></ckit-enroll-button></ckit-course-details>'
        . '<ckit-course-curriculum course-slug="%1$s" heading-level="2"></ckit-course-curriculum>'
        . '<ckit-course-reviews course-slug="%1$s"></ckit-course-reviews>',
        esc_attr($slug)
    ));
});
