package nl.werkmotor.matching.internal;

import java.util.HashMap;
import java.util.Map;

import nl.werkmotor.places.FindPlaces;
import nl.werkmotor.places.Municipality;
import nl.werkmotor.places.Postcode4;
import nl.werkmotor.places.Region;

/**
 * Every PC4 area's centre, its municipality's centre and its arbeidsmarktregio, looked up without a query per
 * person.
 */
final class PostcodeCentres {

    /** @param areaLatitude of the municipality's centre: where an employer's query places the person */
    record Place(double latitude, double longitude, int region, double areaLatitude, double areaLongitude) {
    }

    private final Map<String, Place> byPostcode;

    private PostcodeCentres(Map<String, Place> byPostcode) {
        this.byPostcode = byPostcode;
    }

    /** No places at all: enough for questions about skills and occupations. */
    static PostcodeCentres none() {
        return new PostcodeCentres(Map.of());
    }

    static PostcodeCentres read(FindPlaces places) {
        Map<String, Place> byPostcode = new HashMap<>();
        for (Region region : places.regions()) {
            int code = regionNumber(region.code());
            Map<String, Municipality> municipalities = new HashMap<>();
            places.municipalitiesIn(region.code()).forEach(m -> municipalities.put(m.code(), m));
            for (Postcode4 postcode : places.postcodesIn(region.code())) {
                Municipality municipality = municipalities.get(postcode.municipalityCode());
                byPostcode.put(postcode.code(), new Place(postcode.lat(), postcode.lon(), code, municipality.lat(),
                        municipality.lon()));
            }
        }
        return new PostcodeCentres(byPostcode);
    }

    /** @return the place, or null for a postcode area we don't know */
    Place of(String postcode4) {
        return byPostcode.get(postcode4);
    }

    /** "AM22" → 22: the engine compares regions as numbers. */
    static int regionNumber(String code) {
        return Integer.parseInt(code.replaceAll("\\D", ""));
    }
}
