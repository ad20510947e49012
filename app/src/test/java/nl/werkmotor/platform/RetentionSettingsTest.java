package nl.werkmotor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** Each module's retention period comes from its setting (as an environment variable too), or its rule's default. */
class RetentionSettingsTest {

    private static final RetentionRule NOTES = new RetentionRule("guidance_note", "werkmotor.retention.notes",
            Period.ofYears(2), "written_at < ?");
    private static final RetentionRule CONTACTS = new RetentionRule("employer_contact",
            "werkmotor.retention.contact-moments", Period.ofYears(3), "contact_date < ?");

    @Test
    void aSettingOrItsEnvironmentVariableReplacesTheDefault() {
        MockEnvironment environment = new MockEnvironment().withProperty("werkmotor.retention.notes", "P18M");
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("WERKMOTOR_RETENTION_CONTACT_MOMENTS", "P5Y")));

        DeletingExpiredRows rows = new DeletingExpiredRows(null, null, List.of(NOTES, CONTACTS), environment);

        assertThat(rows.period("guidance_note")).isEqualTo(Period.ofMonths(18));
        assertThat(rows.period("employer_contact")).isEqualTo(Period.ofYears(5));
        assertThat(new DeletingExpiredRows(null, null, List.of(NOTES), new MockEnvironment()).period("guidance_note"))
                .isEqualTo(Period.ofYears(2));
    }

    @Test
    void aPeriodOfZeroOrLessStopsTheStartNamingItsSetting() {
        for (String wrong : List.of("P0D", "-P1Y")) {
            MockEnvironment environment = new MockEnvironment().withProperty("werkmotor.retention.notes", wrong);
            assertThatThrownBy(() -> new DeletingExpiredRows(null, null, List.of(NOTES), environment))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("werkmotor.retention.notes");
        }
        assertThatThrownBy(() -> new DeletingExpiredRows(null, null, List.of(NOTES, NOTES), new MockEnvironment()))
                .hasMessageContaining("Two retention rules for table guidance_note");
    }
}
