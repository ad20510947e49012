package nl.werkmotor.matching;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.werkmotor.matching.internal.MatchWorld;
import nl.werkmotor.matching.internal.MatchingIndex;
import nl.werkmotor.platform.BatchFile;
import nl.werkmotor.platform.CommandLine;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.taxonomy.ReadingEscoPackage;
import nl.werkmotor.taxonomy.TaxonomyImportRefused;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code werkmotor suggest-occupations --in FILE --top K --out FILE}: per input line
 * {@code {"id": "...", "skills": ["<ESCO skill URI>", ...]}}, output lines
 * {@code id<TAB>rank<TAB>occupationUri<TAB>score}. Against the imported taxonomy, or with
 * {@code --esco DIR} against a package read straight from its files.
 */
@Component
class SuggestOccupationsCommandLine implements CommandLine.Command {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MatchingIndex index;

    SuggestOccupationsCommandLine(MatchingIndex index) {
        this.index = index;
    }

    @Override
    public String name() {
        return "suggest-occupations";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        BatchFile.Options options = BatchFile.options(name(), args, Set.of("--esco"), err);
        if (options == null) {
            err.println(CommandLine.find(name()).usage());
            return 2;
        }
        MatchWorld world;
        try {
            String esco = options.extra().get("--esco");
            world = esco == null ? index.taxonomyOnly() : index.of(ReadingEscoPackage.read(Path.of(esco)));
        } catch (TaxonomyImportRefused refused) {
            err.println("werkmotor " + name() + ": ESCO-pakket onleesbaar / ESCO package unreadable\n"
                    + refused.getMessage());
            return 1;
        }
        if (!world.hasOccupations()) {
            err.println("werkmotor " + name() + ": er is nog geen taxonomie; importeer die eerst met 'werkmotor "
                    + "import-taxonomy' of geef --esco DIR / there is no taxonomy yet; import it first with "
                    + "'werkmotor import-taxonomy' or give --esco DIR");
            return 1;
        }
        return BatchFile.answer(name(), options, line -> answer(world, line, options.top()), out, err);
    }

    private static List<String> answer(MatchWorld world, String line, int top) {
        JsonNode question;
        try {
            question = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new BatchFile.MalformedLine("geen JSON / not JSON: " + e.getOriginalMessage());
        }
        JsonNode id = question.get("id");
        JsonNode skills = question.get("skills");
        if (id == null || !id.isValueNode() || id.asString().isBlank()
                || id.asString().matches("(?s).*[\t\n\r].*") || skills == null || !skills.isArray()) {
            throw new BatchFile.MalformedLine("verwacht {\"id\": \"...\", \"skills\": [...]} / expected "
                    + "{\"id\": \"...\", \"skills\": [...]}");
        }
        List<String> uris = new ArrayList<>();
        skills.forEach(skill -> uris.add(skill.isString() ? skill.asString() : null));
        List<MatchResult> results;
        try {
            results = SuggestingOccupations.forSkills(world, uris, Language.EN, top);
        } catch (MatchRequestRefused refused) {
            throw new BatchFile.MalformedLine(refused.getMessage());
        }
        List<String> lines = new ArrayList<>(results.size());
        for (int rank = 0; rank < results.size(); rank++) {
            MatchResult result = results.get(rank);
            lines.add(String.format(Locale.ROOT, "%s\t%d\t%s\t%.6f", id.asString(), rank + 1, result.uri(),
                    result.score()));
        }
        return lines;
    }
}
