package no.fellesgrunn.web.organiser.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editors' numbered rows: a removed row leaves the list and the layout, the rest are numbered again. */
class NumberedRowsTest {

    @Test
    void removingARowRenumbersTheRestAndKeepsTheEditorsListInStep() {
        List<Button> rows = new ArrayList<>();
        NumberedRows<Button> list = new NumberedRows<>(rows, row -> row, (row, n) -> row.setText("row " + n));
        Button first = new Button();
        Button second = new Button();
        Button third = new Button();
        list.addRow(first);
        list.addRow(second);
        list.addRow(third);
        assertThat(third.getText()).isEqualTo("row 3");

        second.click();

        assertThat(rows).containsExactly(first, third);
        assertThat(list.getChildren()).containsExactly(first, third);
        assertThat(third.getText()).isEqualTo("row 2");

        list.clearRows();
        assertThat(rows).isEmpty();
        assertThat(list.getChildren()).isEmpty();
    }
}
