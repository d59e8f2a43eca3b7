package nl.kamerbrief.mandates.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code missions.json}, keeping the line of each mission object for error messages. */
final class MissionCatalogReader {

    private static final String FILE = "missions.json";

    private MissionCatalogReader() {
    }

    static List<MissionEntry> read(String json, List<RuleProblem> problems) {
        List<MissionEntry> out = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        try (JsonParser p = mapper.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(RuleProblem.error(FILE, 1, "expected a JSON object"));
                return out;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (!"missions".equals(field)) {
                    p.skipChildren();
                    continue;
                }
                if (t != JsonToken.START_ARRAY) {
                    problems.add(RuleProblem.error(FILE, line(p.currentLocation()), "'missions' must be an array"));
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    int line = line(p.currentLocation());
                    JsonNode node = mapper.readTree(p);
                    MissionEntry m = entry(node, line, problems);
                    if (m != null) {
                        out.add(m);
                    }
                }
            }
        } catch (IOException e) {
            problems.add(RuleProblem.error(FILE, 0, "not valid JSON: " + e.getMessage()));
        }
        return out;
    }

    private static int line(JsonLocation loc) {
        return loc == null ? 0 : loc.getLineNr();
    }

    private static MissionEntry entry(JsonNode n, int line, List<RuleProblem> problems) {
        String id = text(n, "id");
        String name = text(n, "name");
        if (id == null || name == null) {
            problems.add(RuleProblem.error(FILE, line, "mission needs 'id' and 'name'"));
            return null;
        }
        List<MissionEntry.PlaceName> places = new ArrayList<>();
        for (JsonNode pl : n.path("places")) {
            places.add(new MissionEntry.PlaceName(pl.path("nl").asText(""), pl.path("en").asText("")));
        }
        JsonNode years = n.path("years");
        return new MissionEntry(id, name, text(n, "organisation"), strings(n.path("kind")), places,
                years.hasNonNull("from") ? years.get("from").asInt() : null,
                years.hasNonNull("to") ? years.get("to").asInt() : null,
                text(n, "predecessor"), text(n, "successor"), text(n, "acronym"),
                strings(n.path("aliases")), strings(n.path("context_aliases")), line);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : arr) {
            out.add(s.asText());
        }
        return out;
    }
}
