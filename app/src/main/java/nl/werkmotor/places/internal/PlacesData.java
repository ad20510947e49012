package nl.werkmotor.places.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Places as read and checked from the files, ready to be written. */
public final class PlacesData {

    public record MunicipalityRow(String code, String name, String regionCode, Double lat, Double lon) {
    }

    public record PostcodeRow(String code, String municipalityCode, double lat, double lon, String places) {
    }

    /** Region code to name, in the order first seen. */
    public final Map<String, String> regions = new LinkedHashMap<>();
    public final Map<String, MunicipalityRow> municipalities = new LinkedHashMap<>();
    public final List<PostcodeRow> postcodes = new ArrayList<>();
    public String source;
}
