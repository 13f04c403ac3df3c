<?php
/**
 * Plugin Name: CourseKit
 * Description: A CourseKit course catalog and course pages as shortcodes: [coursekit_catalog] and [coursekit_course].
 * Version: 0.1.0
 * Requires at least: 6.1
 * Requires PHP: 7.4
 */

if (!defined('ABSPATH')) {
    exit; // Loaded by WordPress only.
}

// The loader, pinned to a version. To serve it from your own host, define COURSEKIT_LOADER_URL in wp-config.php.
if (!defined('COURSEKIT_LOADER_URL')) {
    define('COURSEKIT_LOADER_URL', 'https://cdn.jsdelivr.net/npm/@coursekit/elements@0.1.0/dist/cdn/coursekit-loader.js');
}

// Registered on every page; enqueued by the first shortcode, so pages without one load nothing.
add_action('wp_enqueue_scripts', function () {
    wp_register_script('coursekit-loader', COURSEKIT_LOADER_URL, [], null, true); // in the footer
    // A file, not an inline style, so sites with a strict Content-Security-Policy keep it.
    wp_register_style('coursekit', plugins_url('coursekit.css', __FILE__), [], '0.1.0');
});

// WordPress before 6.5 has no wp_enqueue_script_module(): mark the script as a module.
add_filter('script_loader_tag', function ($tag, $handle) {
    return $handle === 'coursekit-loader' ? str_replace('<script ', '<script type="module" ', $tag) : $tag;
}, 10, 2);

/**
 * The provider around the elements, with the API from the plugin's settings, in a block of the
 * post's content: the theme gives the block its content width (the provider itself lays out
 * nothing), and coursekit.css spaces the elements and holds their room while they load.
 */
function coursekit_provider(string $kind, string $inner): string {
    wp_enqueue_script('coursekit-loader'); // once per page, however many shortcodes call it
    wp_enqueue_style('coursekit');
    $base_url = get_option('coursekit_base_url', 'https://school.example/api/v1');
    return sprintf('<div class="coursekit coursekit-%s"><ckit-provider base-url="%s">%s</ckit-provider></div>', $kind, esc_url($base_url), $inner);
}

add_shortcode('coursekit_catalog', function ($atts) {
    // Only these attributes, with their defaults; everything else an editor types is dropped.
    $atts = shortcode_atts(['per_page' => '12', 'category' => '', 'heading_level' => '2'], $atts, 'coursekit_catalog');
    return coursekit_provider('catalog', sprintf(
        '<ckit-course-catalog per-page="%d" category="%s" heading-level="%d" href-template="%s"></ckit-course-catalog>',
        absint($atts['per_page']),
        esc_attr($atts['category']),
        min(6, max(2, absint($atts['heading_level']))),
        esc_attr(home_url('/courses/{slug}/'))
    ));
});

add_shortcode('coursekit_course', function ($atts) {
    $atts = shortcode_atts(['slug' => ''], $atts, 'coursekit_course');
    $slug = sanitize_title($atts['slug']);
    return coursekit_provider('course', sprintf(
        '<ckit-course-details course-slug="%1$s"><ckit-enroll-button slot="actions" course-slug="%1$s"></ckit-enroll-button></ckit-course-details>'
        . '<ckit-course-curriculum course-slug="%1$s" heading-level="2"></ckit-course-curriculum>'
        . '<ckit-course-reviews course-slug="%1$s"></ckit-course-reviews>',
        esc_attr($slug)
    ));
});
