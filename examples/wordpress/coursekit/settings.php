<?php
/**
 * Settings → CourseKit: the options with their defaults and sanitizers, the screen that edits
 * them, and a "Settings" link on the Plugins screen. Saving goes through options.php (the
 * Settings API), which checks the nonce printed by settings_fields() and the capability.
 */

if (!defined('ABSPATH')) {
    exit;
}

/** Each option with its default. */
const COURSEKIT_DEFAULTS = [
    'coursekit_base_url' => '', // none: the shortcodes print nothing until it is set
    'coursekit_currency' => 'USD',
    'coursekit_with_credentials' => false,
    'coursekit_course_page' => 0, // the page activation creates
];

// Registered on init, not admin_init, so that their defaults apply on the site's pages too.
add_action('init', function () {
    $settings = [
        'coursekit_base_url' => ['type' => 'string', 'sanitize_callback' => 'coursekit_sanitize_base_url'],
        'coursekit_currency' => ['type' => 'string', 'sanitize_callback' => 'coursekit_sanitize_currency'],
        'coursekit_with_credentials' => ['type' => 'boolean', 'sanitize_callback' => 'rest_sanitize_boolean'],
        'coursekit_course_page' => ['type' => 'integer', 'sanitize_callback' => 'coursekit_sanitize_course_page'],
    ];
    foreach ($settings as $option => $args) {
        register_setting('coursekit', $option, $args + ['default' => COURSEKIT_DEFAULTS[$option]]);
    }
});

/**
 * Reports a refused value once: WordPress may sanitize a value twice in one save (when the option
 * is still at its default), and one notice is enough.
 */
function coursekit_refuse(string $option, string $message) {
    $code = "{$option}_invalid"; // printed as the notice's id, setting-error-<code>
    foreach (get_settings_errors($option) as $error) {
        if ($error['code'] === $code) {
            return get_option($option);
        }
    }
    // settings_errors() prints the message as HTML: everything in it is escaped here.
    add_settings_error($option, $code, esc_html($message));
    return get_option($option); // the value saved before
}

/** An http(s) URL, without a trailing slash; '' unsets it. Anything else keeps the saved URL, with a notice. */
function coursekit_sanitize_base_url($value) {
    $value = is_string($value) ? trim($value) : '';
    if ($value === '') {
        return '';
    }
    $scheme = strtolower((string) wp_parse_url($value, PHP_URL_SCHEME));
    if (!in_array($scheme, ['http', 'https'], true) || filter_var($value, FILTER_VALIDATE_URL) === false) {
        return coursekit_refuse('coursekit_base_url', sprintf(
            /* translators: %s: the refused value */
            __('"%s" is not an http:// or https:// address. The API base URL was not changed.', 'coursekit'),
            $value
        ));
    }
    return untrailingslashit(esc_url_raw($value, ['http', 'https']));
}

/** A three-letter ISO 4217 code, uppercased. */
function coursekit_sanitize_currency($value) {
    $code = strtoupper(trim(is_string($value) ? $value : ''));
    if (!preg_match('/^[A-Z]{3}$/', $code)) {
        return coursekit_refuse('coursekit_currency', sprintf(
            /* translators: %s: the refused value */
            __('"%s" is not a three-letter currency code such as USD or EUR. The currency was not changed.', 'coursekit'),
            is_string($value) ? $value : ''
        ));
    }
    return $code;
}

/** A page's ID, or 0 for none. */
function coursekit_sanitize_course_page($value) {
    $id = absint($value);
    if ($id !== 0 && get_post_type($id) !== 'page') {
        return coursekit_refuse('coursekit_course_page', __('That course page does not exist. The course page was not changed.', 'coursekit'));
    }
    return $id;
}

add_action('admin_init', function () {
    add_settings_section('coursekit_api', __('Your CourseKit API', 'coursekit'), '__return_false', 'coursekit');
    add_settings_field('coursekit_base_url', __('API base URL', 'coursekit'), 'coursekit_field_base_url', 'coursekit', 'coursekit_api', ['label_for' => 'coursekit_base_url']);
    add_settings_field('coursekit_with_credentials', __('Signed-in learners', 'coursekit'), 'coursekit_field_with_credentials', 'coursekit', 'coursekit_api');
    add_settings_field('coursekit_currency', __('Currency', 'coursekit'), 'coursekit_field_currency', 'coursekit', 'coursekit_api', ['label_for' => 'coursekit_currency']);

    add_settings_section('coursekit_pages', __('Course links', 'coursekit'), '__return_false', 'coursekit');
    add_settings_field('coursekit_course_page', __('Course page', 'coursekit'), 'coursekit_field_course_page', 'coursekit', 'coursekit_pages', ['label_for' => 'coursekit_course_page']);
});

function coursekit_field_base_url(): void {
    printf(
        '<input type="url" id="coursekit_base_url" name="coursekit_base_url" value="%s" class="regular-text code" placeholder="https://school.example/api/v1" aria-describedby="coursekit_base_url_help">'
        . '<p class="description" id="coursekit_base_url_help">%s</p>',
        esc_attr((string) get_option('coursekit_base_url')),
        esc_html__('With its version prefix. Until it is set, the shortcodes show nothing to visitors.', 'coursekit')
    );
}

function coursekit_field_with_credentials(): void {
    printf(
        '<label><input type="checkbox" id="coursekit_with_credentials" name="coursekit_with_credentials" value="1"%s> %s</label>',
        checked((bool) get_option('coursekit_with_credentials'), true, false),
        esc_html__('Send cookies with every request (an API on this site\'s domain that signs learners in with cookies, such as Laravel Sanctum).', 'coursekit')
    );
}

function coursekit_field_currency(): void {
    printf(
        '<input type="text" id="coursekit_currency" name="coursekit_currency" value="%s" class="small-text code" maxlength="3" pattern="[A-Za-z]{3}" aria-describedby="coursekit_currency_help">'
        . '<p class="description" id="coursekit_currency_help">%s</p>',
        esc_attr((string) get_option('coursekit_currency')),
        esc_html__('The ISO 4217 code that prices are shown in: USD, EUR, GBP…', 'coursekit')
    );
}

function coursekit_field_course_page(): void {
    wp_dropdown_pages([
        'name' => 'coursekit_course_page',
        'id' => 'coursekit_course_page',
        'selected' => absint(get_option('coursekit_course_page')),
        'show_option_none' => esc_html__('— None: course cards link nowhere —', 'coursekit'),
        'option_none_value' => '0',
    ]);
    $page = coursekit_course_page();
    $example = $page ? str_replace('{slug}', 'modern-javascript', coursekit_course_link_template()) : '';
    printf(
        '<p class="description">%s%s</p>',
        esc_html__('The page with [coursekit_course] (no slug): the catalog\'s cards link to it, and it shows the course its address names.', 'coursekit'),
        $example !== '' ? ' ' . sprintf(esc_html__('For example: %s', 'coursekit'), '<code>' . esc_html($example) . '</code>') : ''
    );
}

add_action('admin_menu', function () {
    add_options_page(__('CourseKit', 'coursekit'), __('CourseKit', 'coursekit'), 'manage_options', 'coursekit', 'coursekit_settings_page');
});

/** Settings → CourseKit. Notices (saved, refused values) are printed by WordPress above the form. */
function coursekit_settings_page(): void {
    if (!current_user_can('manage_options')) {
        return;
    }
    echo '<div class="wrap"><h1>', esc_html(get_admin_page_title()), '</h1><form action="options.php" method="post">';
    settings_fields('coursekit'); // the group, the nonce and the referer
    do_settings_sections('coursekit');
    submit_button();
    echo '</form></div>';
}

add_filter('plugin_action_links_' . plugin_basename(dirname(__FILE__) . '/coursekit.php'), function (array $links): array {
    if (!current_user_can('manage_options')) {
        return $links;
    }
    $settings = sprintf('<a href="%s">%s</a>', esc_url(admin_url('options-general.php?page=coursekit')), esc_html__('Settings', 'coursekit'));
    return ['settings' => $settings] + $links; // first in the row
});
