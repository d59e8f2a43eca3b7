package nl.kamerbrief.mandates.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The document id of an output line, read without parsing the whole line. */
class PreviousOutputTest {

    @Test
    void theIdOfARecordIsItsDocumentsIdNotAnotherId() throws Exception {
        String record = "{\"schema_version\":\"1\",\"mission\":{\"id\":\"untso\",\"name\":\"UNTSO\"},"
                + "\"evidence\":{\"quote\":\"\\\"id\\\": x\"},\"document\":{\"date\":null,\"id\":\"brief-1\"}}";
        assertEquals("brief-1", PreviousOutput.idOf(record, true));
    }

    @Test
    void theIdOfADocumentLineIsItsTopLevelId() throws Exception {
        String doc = "{\"path\":\"a/b.txt\",\"warnings\":[{\"id\":\"w\"}],\"meta\":{\"id\":\"m\"},\"id\":\"brief-2\","
                + "\"status\":\"ok\"}";
        assertEquals("brief-2", PreviousOutput.idOf(doc, false));
    }
}
