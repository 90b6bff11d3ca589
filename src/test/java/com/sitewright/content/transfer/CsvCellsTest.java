package com.sitewright.content.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CsvCellsTest {

    private final CsvCells cells = new CsvCells(JsonMapper.builder().build());
    private final FieldDefinition text =
            new FieldDefinition("note", null, FieldType.TEXT, false, false, null, List.of());
    private final FieldDefinition number =
            new FieldDefinition("price", null, FieldType.NUMBER, false, false, null, List.of());

    @Test
    void textThatASpreadsheetWouldRunIsWrittenAsTextAndReadBackUnchanged() throws CsvCells.Unreadable {
        for (String value : List.of(
                "=HYPERLINK(\"https://evil.example\",\"Click\")",
                "+1+1",
                "-2+3",
                "@SUM(A1:A2)",
                "\tindented",
                "\rreturn",
                "'=already quoted",
                "''+twice")) {
            String cell = cells.write(text, value);
            assertThat(cell).as(value).startsWith("'").isEqualTo("'" + value);
            assertThat(cells.read(text, cell)).as(value).isEqualTo(value);
        }
    }

    @Test
    void everydayTextAndNumbersAreLeftAlone() throws CsvCells.Unreadable {
        for (String value : List.of("Flat white", "'Tis the season", "a = b", "50% off", "")) {
            assertThat(cells.write(text, value)).isEqualTo(value);
        }
        assertThat(cells.read(text, "'Tis the season")).isEqualTo("'Tis the season");
        assertThat(cells.write(number, -4.5)).isEqualTo("-4.5");
        assertThat(cells.read(number, "-4.5")).isEqualTo(-4.5);
    }
}
