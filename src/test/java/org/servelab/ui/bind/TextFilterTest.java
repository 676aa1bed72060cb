package org.servelab.ui.bind;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A table's filter field keeps the rows whose text holds its text, trimmed and ignoring case. */
@ExtendWith(ApplicationExtension.class)
class TextFilterTest {

    /** A row and the text it is found by. */
    private record Row(String id, String policy) {
    }

    @Start
    void start(Stage stage) {
        // the toolkit is started for the text field
    }

    @Test
    void theRowsFollowTheFieldAndTheList(FxRobot robot) {
        robot.interact(() -> {
            ObservableList<Row> rows = FXCollections.observableArrayList(new Row("J1", "fcfs"), new Row("J10", "FCFS"),
                    new Row("j2", "skip-join-mlfq"), new Row("K1", "srpt"));
            TextField field = new TextField();
            FilteredList<Row> byId = TextFilter.rowsMatching(rows, field, Row::id);
            FilteredList<Row> byPolicy = TextFilter.rowsMatching(rows, field, Row::policy);
            assertThat(byId).as("a blank field keeps every row").hasSize(4);

            field.setText("  j1 ");
            assertThat(byId).extracting(Row::id).containsExactly("J1", "J10");
            assertThat(byPolicy).as("each list matches its own text").isEmpty();

            field.setText("FcFs");
            assertThat(byPolicy).extracting(Row::id).containsExactly("J1", "J10");
            assertThat(byId).isEmpty();

            field.setText("j");
            rows.add(new Row("J3", "fcfs"));
            assertThat(byId).as("rows added later are filtered too").extracting(Row::id)
                    .containsExactly("J1", "J10", "j2", "J3");

            field.setText("   ");
            assertThat(byId).hasSize(5);
            field.setText(null);
            assertThat(byPolicy).hasSize(5);
        });
    }
}
