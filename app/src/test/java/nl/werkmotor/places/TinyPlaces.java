package nl.werkmotor.places;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hand-made places files in the shared data's format and layout: Rijnmond (AM22) with Rotterdam
 * (3011, 3012) and Barendrecht (2991), Groot Amsterdam (AM18) with Amsterdam (1011). Tests change
 * one file to break it.
 */
public final class TinyPlaces {

    public static final String MUNICIPALITIES = "cbs-gemeenten-arbeidsmarktregio/gemeenten_2026_arbeidsmarktregio.csv";
    public static final String POSTCODES = "geonames-postcodes-nl/pc4_nl.csv";

    private final Map<String, String> files = new LinkedHashMap<>();

    public TinyPlaces() {
        files.put(MUNICIPALITIES, """
                gemeentecode,gemeentenaam,arbeidsmarktregio_code,arbeidsmarktregio_naam,corop_code,corop_naam,provincie_code,provincie_naam,lat,lon,n_pc4
                GM0363,Amsterdam,AM18,Groot Amsterdam,CR23,Groot-Amsterdam,PV27,Noord-Holland,52.3629,4.8999,1
                GM0489,Barendrecht,AM22,Rijnmond,CR29,Groot-Rijnmond,PV28,Zuid-Holland,51.8541,4.5183,1
                GM0599,Rotterdam,AM22,Rijnmond,CR29,Groot-Rijnmond,PV28,Zuid-Holland,51.9171,4.4475,2
                """);
        files.put(POSTCODES, """
                pc4,lat,lon,woonplaatsen,gemeentecode,gemeentenaam,provincie_naam,arbeidsmarktregio_code,arbeidsmarktregio_naam,gemeentecodes_all
                1011,52.371,4.9042,Amsterdam,GM0363,Amsterdam,Noord-Holland,AM18,Groot Amsterdam,GM0363
                2991,51.852,4.5459,Barendrecht,GM0489,Barendrecht,Zuid-Holland,AM22,Rijnmond,GM0489
                3011,51.9191,4.4867,Rotterdam,GM0599,Rotterdam,Zuid-Holland,AM22,Rijnmond,GM0599
                3012,51.9183,4.476,Rotterdam,GM0599,Rotterdam,Zuid-Holland,AM22,Rijnmond,GM0599
                """);
    }

    public TinyPlaces with(String file, String content) {
        files.put(file, content);
        return this;
    }

    public String content(String file) {
        return files.get(file);
    }

    /** Writes the files into their folders under {@code dir}, as in the shared data folder. */
    public Path writeTo(Path dir) throws IOException {
        for (var file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }
}
