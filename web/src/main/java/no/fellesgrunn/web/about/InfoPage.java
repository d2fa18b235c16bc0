package no.fellesgrunn.web.about;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import no.fellesgrunn.web.i18n.LanguageSwitcher;

/**
 * A page of text open to everyone (the accessibility statement, the privacy notice): a heading,
 * sections with paragraphs and lists, all from the bundles under one key prefix, the language
 * switcher and a way back.
 */
abstract class InfoPage extends Main implements HasDynamicTitle {
    private final String prefix;

    InfoPage(String prefix) {
        this.prefix = prefix;
        getStyle()
                .set("padding", "var(--lumo-space-l)")
                .set("max-width", "48rem")
                .set("margin", "0 auto");
        H1 title = new H1(getTranslation(prefix + ".title"));
        title.setId(prefix.replace('.', '-') + "-title");
        add(title, new Paragraph(getTranslation(prefix + ".intro")));
    }

    /** A section: its heading and paragraphs {@code <prefix>.<section>.1 … .n}, each given the arguments. */
    protected void section(String section, int paragraphs, Object... arguments) {
        add(new H2(getTranslation(prefix + "." + section + ".heading")));
        for (int i = 1; i <= paragraphs; i++) {
            add(new Paragraph(getTranslation(prefix + "." + section + "." + i, arguments)));
        }
    }

    /** A section with a list: its heading, a lead paragraph and items {@code <prefix>.<section>.item.1 … .n}. */
    protected void listSection(String section, int items) {
        add(new H2(getTranslation(prefix + "." + section + ".heading")));
        add(new Paragraph(getTranslation(prefix + "." + section + ".lead")));
        UnorderedList list = new UnorderedList();
        for (int i = 1; i <= items; i++) {
            list.add(new ListItem(getTranslation(prefix + "." + section + ".item." + i)));
        }
        add(list);
    }

    protected void finish() {
        add(new Anchor("", getTranslation("about.back")), new LanguageSwitcher(), new AboutLinks());
    }

    @Override
    public String getPageTitle() {
        return getTranslation(prefix + ".title") + " – " + getTranslation("app.name");
    }
}
