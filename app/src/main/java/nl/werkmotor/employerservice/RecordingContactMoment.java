package nl.werkmotor.employerservice;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.platform.RetentionRule;

/**
 * The owner records a contact with their employer: when, how, and what was said. A contact cannot lie ahead; it is
 * kept three years from its day ({@link #contactMomentRetention()}).
 */
@Component
class RecordingContactMoment {

    static final int MAX_SUMMARY = 2_000;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final FindOwnership ownership;
    private final JdbcTemplate jdbc;

    RecordingContactMoment(FindOwnership ownership, JdbcTemplate jdbc) {
        this.ownership = ownership;
        this.jdbc = jdbc;
    }

    /** Three years from the day of the contact ({@code werkmotor.retention.contact-moments}; docs/privacy.md says why). */
    @Bean
    static RetentionRule contactMomentRetention() {
        return new RetentionRule("employer_contact", "werkmotor.retention.contact-moments", Period.ofYears(3),
                "contact_date < ?");
    }

    /**
     * @throws OwnershipConflict when the employer is not the author's
     * @throws Refusal           naming every field to fix
     */
    @Transactional
    public ContactMoment record(RecordContactMomentCommand command) {
        ownership.requireOwner(command.author(), command.employerId());
        Refusal.Reasons reasons = new Refusal.Reasons();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        Optional<LocalDate> date = day(command.date());
        if (date.isEmpty()) {
            reasons.add("datum", "Vul de datum in als jjjj-mm-dd, bijvoorbeeld " + today + ".",
                    "Fill in the date as yyyy-mm-dd, for example " + today + ".");
        } else if (date.get().isAfter(today) || date.get().isBefore(EARLIEST)) {
            reasons.add("datum", "De datum ligt tussen 1-1-2000 en vandaag, niet " + date.get() + ".",
                    "The date lies between 2000-01-01 and today, not " + date.get() + ".");
        }
        Optional<ContactKind> kind = Arrays.stream(ContactKind.values())
                .filter(k -> k.name().equalsIgnoreCase(command.kind() == null ? "" : command.kind().strip())).findFirst();
        if (kind.isEmpty()) {
            String choices = String.join(", ", Arrays.stream(ContactKind.values()).map(Enum::name).toList());
            reasons.add("soort", "Kies de soort contact: " + choices + ".", "Choose the kind of contact: " + choices + ".");
        }
        reasons.text("samenvatting", command.summary(), MAX_SUMMARY, "de samenvatting", "the summary").refuseIfAny();
        String summary = command.summary().strip();
        long id = jdbc.queryForObject("""
                insert into employer_contact (employer_id, contact_date, kind, summary, account_manager, author_name)
                values (?, ?, ?, ?, ?, ?) returning id""", Long.class, command.employerId(), date.orElseThrow(),
                kind.orElseThrow().name(), summary, command.author().login(), command.author().name());
        return new ContactMoment(id, command.employerId(), date.orElseThrow(), kind.orElseThrow(), summary,
                command.author().name());
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
