package nl.werkmotor.employers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.platform.Refusal.Reason;
import nl.werkmotor.places.FindPlaces;
import nl.werkmotor.taxonomy.Sector;

/** An employer corrects their sector, size or address (PC4); every problem is named at once, nothing is half-saved. */
@Component
public class ChangingEmployerProfile {

    private static final Pattern POSTCODE4 = Pattern.compile("[1-9][0-9]{3}");

    private final JdbcTemplate jdbc;
    private final FindPlaces places;

    ChangingEmployerProfile(JdbcTemplate jdbc, FindPlaces places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    /** @throws EmployerProfileRefused naming every problem */
    public void change(ChangeEmployerProfile command) {
        List<Reason> problems = new ArrayList<>();
        if (!names(Sector.values()).contains(command.sector())) {
            problems.add(new Reason("sector", "Kies een sector uit de lijst.", "Choose a sector from the list."));
        }
        if (!names(SizeClass.values()).contains(command.size())) {
            problems.add(new Reason("size", "Kies een grootte uit de lijst.", "Choose a size from the list."));
        }
        String postcode = command.postcode4() == null ? "" : command.postcode4().strip();
        if (!POSTCODE4.matcher(postcode).matches()) {
            problems.add(new Reason("postcode4", "Vul de postcode in als vier cijfers, bijvoorbeeld 3011.",
                    "Enter the postcode as four digits, for example 3011."));
        } else if (places.postcode(postcode).isEmpty()) {
            problems.add(new Reason("postcode4", "Postcodegebied " + postcode + " kennen we niet.",
                    "We do not know postcode area " + postcode + "."));
        }
        if (!problems.isEmpty()) {
            throw new EmployerProfileRefused(problems);
        }
        jdbc.update("update employer set sector = ?, size_class = ?, postcode4 = ? where id = ?", command.sector(),
                command.size(), postcode, command.employerId());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
