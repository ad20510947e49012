package nl.werkmotor.web;

/**
 * A link in the main navigation. A module declares one as a bean for each page it wants in the menu;
 * the layout shows them by {@code order}.
 *
 * @param path     the local path, e.g. "/beroepen"
 * @param labelKey the message key of its text (messages.properties and messages_en.properties)
 * @param order    lower comes first; the home page is 0
 */
public record NavigationLink(String path, String labelKey, int order) {
}
