package nl.werkmotor.partners;

import java.util.List;

/**
 * A location of a WerkgeversServicePunt and the municipalities it serves (their CBS codes, e.g. GM0599).
 *
 * @param postcode4 the 4-digit postcode area it lies in
 */
public record WspLocation(String name, String address, String postcode4, List<String> municipalityCodes) {

    public WspLocation {
        municipalityCodes = List.copyOf(municipalityCodes);
    }

    public boolean serves(String municipalityCode) {
        return municipalityCodes.contains(municipalityCode);
    }
}
