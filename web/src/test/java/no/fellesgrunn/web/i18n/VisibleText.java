package no.fellesgrunn.web.i18n;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a person reads on the page in a Karibu test: every visible text node, the labels, helper
 * texts, placeholders, titles and ARIA labels that the browser shows or reads out, dialog titles,
 * grid headers and the first rows of every grid, and the choices of combo boxes (filters). Each
 * piece is kept apart, so that a word check never joins the end of one text to the next.
 */
final class VisibleText {
    /** Element properties and attributes that a person sees or hears. */
    private static final List<String> SHOWN = List.of(
            "label",
            "helperText",
            "placeholder",
            "title",
            "aria-label",
            "ariaLabel",
            "errorMessage",
            "headerTitle",
            "accessibleName");

    private static final int GRID_ROWS = 25;
    private static final int CHOICES = 60;

    private VisibleText() {}

    /** The texts of one component that is not (or not yet) on a page. */
    static List<String> of(Component component) {
        List<String> texts = new ArrayList<>();
        collect(component.getElement(), texts);
        return texts.stream().map(String::strip).filter(text -> !text.isEmpty()).toList();
    }

    static List<String> of(UI ui) {
        List<String> texts = new ArrayList<>();
        Set<Element> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        collect(ui.getElement(), texts, seen);
        // The route's content hangs under the UI's wrapper element, not its own element.
        ui.getChildren().forEach(child -> collect(child.getElement(), texts, seen));
        for (Grid<?> grid : LocatorJ._find(ui, Grid.class)) {
            if (!isShown(grid)) {
                continue;
            }
            grid.getColumns().stream()
                    .filter(Grid.Column::isVisible)
                    .map(Grid.Column::getHeaderText)
                    .filter(text -> text != null)
                    .forEach(texts::add);
            int rows = Math.min(GRID_ROWS, GridKt._size(grid));
            for (int row = 0; row < rows; row++) {
                cells(grid, row, texts);
            }
        }
        for (ComboBox<?> box : LocatorJ._find(ui, ComboBox.class)) {
            if (isShown(box)) {
                texts.addAll(choices(box.getGenericDataView().getItems(), box.getItemLabelGenerator()));
            }
        }
        for (MultiSelectComboBox<?> box : LocatorJ._find(ui, MultiSelectComboBox.class)) {
            if (isShown(box)) {
                texts.addAll(choices(box.getGenericDataView().getItems(), box.getItemLabelGenerator()));
            }
        }
        return texts.stream().map(String::strip).filter(text -> !text.isEmpty()).toList();
    }

    /**
     * A row's cells: a component cell by the texts of the component made for it (Karibu would
     * write the component's debug form, with its ids and links), the others as formatted.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void cells(Grid grid, int row, List<String> texts) {
        List<String> formatted = GridKt._getFormattedRow(grid, row);
        Object item = GridKt._get(grid, row);
        List<Grid.Column<?>> columns = grid.getColumns();
        for (int c = 0; c < columns.size() && c < formatted.size(); c++) {
            Grid.Column<?> column = columns.get(c);
            if (!column.isVisible()) {
                continue;
            }
            if (column.getRenderer() instanceof ComponentRenderer renderer) {
                Component cell = renderer.createComponent(item);
                if (cell != null) {
                    collect(cell.getElement(), texts);
                }
            } else {
                texts.add(formatted.get(c));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> choices(Stream<?> items, ItemLabelGenerator label) {
        return items.limit(CHOICES)
                .map(item -> String.valueOf(label.apply(item)))
                .toList();
    }

    private static boolean isShown(Component component) {
        for (Component c = component; c != null; c = c.getParent().orElse(null)) {
            if (!c.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void collect(Element element, List<String> texts) {
        collect(element, texts, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static void collect(Element element, List<String> texts, Set<Element> seen) {
        if (!seen.add(element)) {
            return;
        }
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        if (!element.isVisible()) {
            return;
        }
        for (String name : SHOWN) {
            if (element.hasProperty(name) && element.getProperty(name) != null) {
                texts.add(element.getProperty(name));
            }
            if (element.hasAttribute(name)) {
                texts.add(element.getAttribute(name));
            }
        }
        element.getChildren().forEach(child -> collect(child, texts, seen));
        // Components kept as virtual children (dialogs, overlays) are read too.
        element.getComponent()
                .ifPresent(component ->
                        component.getChildren().forEach(child -> collect(child.getElement(), texts, seen)));
    }

    /** What may never show: the patterns and what they mean, for the failure message. */
    record Rule(String what, Pattern pattern) {}

    static final List<Rule> NEVER = List.of(
            new Rule("a missing key", Pattern.compile("!\\w[\\w.-]*!")),
            new Rule(
                    "a UUID",
                    Pattern.compile(
                            "\\b\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}\\b")),
            new Rule("an ISO timestamp", Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")),
            new Rule("a UTC time", Pattern.compile("\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z\\b")),
            new Rule("a county by number", Pattern.compile("(?i)\\b(fylke|county)\\s+\\d{2}\\b")),
            new Rule("null", Pattern.compile("(?<![\\w.])null(?![\\w.])")));

    /** Bundle key prefixes that read like a key when they show: "organiser.invitations.csv". */
    static Pattern keyLike(Set<String> keys) {
        return Pattern.compile("(?<![\\w@./-])("
                + String.join("|", keys.stream().map(Pattern::quote).toList()) + ")(?![\\w.-])");
    }
}
