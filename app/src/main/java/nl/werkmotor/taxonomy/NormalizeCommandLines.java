package nl.werkmotor.taxonomy;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.werkmotor.platform.BatchFile;
import nl.werkmotor.platform.CommandLine;
import nl.werkmotor.platform.Refusal;

/**
 * {@code werkmotor normalize-titles} and {@code werkmotor normalize-skills}
 * {@code --lang nl|en --in FILE --top K --out FILE}: per input line {@code id<TAB>text}, output lines
 * {@code id<TAB>rank<TAB>conceptUri<TAB>score}, against the imported taxonomy or, with
 * {@code --esco DIR}, a package read straight from its files. One command shape, two kinds of concept.
 */
@Configuration(proxyBeanMethods = false)
class NormalizeCommandLines {

    @Bean
    CommandLine.Command normalizeTitles(SearchingTaxonomy searching) {
        return new Normalize("normalize-titles", TaxonomySearch.Concepts.OCCUPATIONS, searching);
    }

    @Bean
    CommandLine.Command normalizeSkills(SearchingTaxonomy searching) {
        return new Normalize("normalize-skills", TaxonomySearch.Concepts.SKILLS, searching);
    }

    record Normalize(String name, TaxonomySearch.Concepts concepts, SearchingTaxonomy searching)
            implements CommandLine.Command {

        @Override
        public int run(List<String> args, PrintStream out, PrintStream err) {
            BatchFile.Options options = BatchFile.options(name, args, Set.of("--lang", "--esco"), err);
            Optional<Language> language = options == null ? Optional.empty()
                    : Language.of(options.extra().getOrDefault("--lang", "nl"));
            if (options != null && language.isEmpty()) {
                err.println("werkmotor " + name + ": --lang moet nl of en zijn / --lang must be nl or en: "
                        + options.extra().get("--lang"));
            }
            if (language.isEmpty()) {
                err.println(CommandLine.find(name).usage());
                return 2;
            }
            SearchingTaxonomy.Snapshot snapshot;
            try {
                String esco = options.extra().get("--esco");
                snapshot = esco == null ? searching.snapshot() : SearchingTaxonomy.read(Path.of(esco));
            } catch (TaxonomyImportRefused e) {
                err.println("werkmotor " + name + ": ESCO-pakket niet leesbaar / ESCO package cannot be read\n"
                        + e.getMessage());
                return 1;
            }
            return BatchFile.answer(name, options, line -> answer(snapshot, line, language.get(), options.top()), out,
                    err);
        }

        private List<String> answer(SearchingTaxonomy.Snapshot snapshot, String line, Language language, int top) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new BatchFile.MalformedLine("geen tab tussen id en tekst / no tab between id and text");
            }
            String id = line.substring(0, tab);
            String text = line.substring(tab + 1);
            if (id.isBlank() || text.isBlank()) {
                throw new BatchFile.MalformedLine("id en tekst mogen niet leeg zijn / id and text must not be empty");
            }
            if (text.length() > NormalizeText.MAX_TEXT) {
                throw new BatchFile.MalformedLine("tekst langer dan " + NormalizeText.MAX_TEXT + " tekens / text longer "
                        + "than " + NormalizeText.MAX_TEXT + " characters");
            }
            List<NormalizedConcept> found;
            try {
                found = NormalizingText.normalize(snapshot, new NormalizeText(text, concepts, language, top));
            } catch (TextLinkingRefused refused) {
                Refusal.Reason reason = refused.reasons().getFirst();
                throw new BatchFile.MalformedLine(reason.nl() + " / " + reason.en());
            }
            List<String> lines = new ArrayList<>(found.size());
            for (int rank = 0; rank < found.size(); rank++) {
                NormalizedConcept concept = found.get(rank);
                lines.add(String.format(Locale.ROOT, "%s\t%d\t%s\t%.6f", id, rank + 1, concept.concept().uri(),
                        concept.score()));
            }
            return lines;
        }
    }
}
