package nl.werkmotor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.werkmotor.engine.text.ConceptKind;
import nl.werkmotor.engine.text.LabelLanguage;
import nl.werkmotor.engine.text.LabelType;

/** The benchmark searches the labels the platform searches: the same count as the import stores. */
class EscoLabelFilesTest {

    @Test
    void readsEveryLabelTheImportStores() {
        List<EscoLabelFiles.ConceptLabel> labels = EscoLabelFiles.read(EscoLabelFiles.sharedData());

        assertThat(labels).hasSize(169_342); // rows in concept_label after importing v1.1.1 with crosswalks
        assertThat(labels.stream().map(l -> l.uri() + l.language() + l.text().toLowerCase(Locale.ROOT)))
                .doesNotHaveDuplicates();
        assertThat(labels).contains(new EscoLabelFiles.ConceptLabel(
                "http://data.europa.eu/esco/occupation/00cee175-1376-43fb-9f02-ba3d7a910a58", ConceptKind.OCCUPATION,
                LabelLanguage.NL, LabelType.PREFERRED, "buschauffeur"));
        assertThat(labels).filteredOn(l -> l.type() == LabelType.CROSSWALK).isNotEmpty()
                .allMatch(l -> l.language() == LabelLanguage.NL);
    }
}
