package nl.werkmotor.vacancies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.werkmotor.WerkmotorTest;

@WerkmotorTest
class LoadingVacanciesIT {

    private static final String SKILL = "http://data.europa.eu/esco/skill/";

    @Autowired
    LoadingVacancies loading;
    @Autowired
    FindVacancies find;

    @Test
    void replacesTheVacanciesWithTheirRequirementsAndReadsThemBack() {
        Vacancy driver = new Vacancy(3, 1, "http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000001",
                "Buschauffeur", List.of(new SkillRequirement(SKILL + "a", Importance.ESSENTIAL),
                        new SkillRequirement(SKILL + "b", Importance.ESSENTIAL),
                        new SkillRequirement(SKILL + "c", Importance.OPTIONAL)), 24, 36, "3011", true);

        assertThat(loading.replaceAll(Stream.of(driver))).isEqualTo(1);

        assertThat(find.count()).isEqualTo(1);
        assertThat(find.byId(3)).contains(driver);
    }
}
