package nl.werkmotor.taxonomy;

/**
 * The browse page of a concept, from its ESCO URI. The taxonomy pages put one in their model as
 * {@code links} (templates may not call beans in links); public so the template engine may call it.
 */
public final class TaxonomyLinks {

    /** @return the browse page path, e.g. "/beroepen/{uuid}"; null for a URI of neither pillar */
    public String page(String uri) {
        if (uri.startsWith(FindOccupation.URI_PREFIX)) {
            return "/beroepen/" + uri.substring(FindOccupation.URI_PREFIX.length());
        }
        return uri.startsWith(FindSkill.URI_PREFIX) ? "/vaardigheden/" + uri.substring(FindSkill.URI_PREFIX.length()) : null;
    }
}
