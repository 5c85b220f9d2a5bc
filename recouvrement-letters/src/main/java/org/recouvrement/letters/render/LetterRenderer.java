package org.recouvrement.letters.render;

import com.samskivert.mustache.BasicCollector;
import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.recouvrement.InvalidValueException;
import org.recouvrement.letters.Letter;
import org.recouvrement.letters.MandatoryMentions;
import org.recouvrement.letters.MissingMentionsException;
import org.recouvrement.letters.Mention;
import org.recouvrement.money.Amount;

/**
 * Renders letters as plain text, HTML or PDF.
 *
 * <p>Rendering first checks the letter's mandatory mentions ({@link MandatoryMentions}) and refuses an incomplete
 * letter with a {@link MissingMentionsException} listing every missing one. It then fills two templates: the body of
 * the letter's kind, language and tone, and the layout of the format (letterhead, addresses, date, references,
 * signature), which includes the statement of amounts. The PDF is the HTML, laid out on A4 pages.
 *
 * <pre>{@code
 * LetterRenderer renderer = LetterRenderer.withDefaults();
 * RenderedDocument pdf = renderer.render(notice, OutputFormat.PDF);
 * pdf.bytes(); pdf.sha256(); pdf.snapshot().toJson();
 * }</pre>
 *
 * <h2>Templates</h2>
 * <p>Templates are Mustache files, UTF-8, found by name in this order: the integrator's directory
 * ({@link Builder#templateDirectory(Path)}), the integrator's class-path prefix
 * ({@link Builder#templateClasspath(ClassLoader, String)}), then the library's own, under
 * {@code org/recouvrement/letters/templates/}. For each letter the renderer looks for:
 * <ul>
 * <li>the body {@code <kind>.<tone>.<language>.mustache}, then {@code <kind>.<language>.mustache}, such as
 * {@code formal-notice.fr.mustache} ({@link org.recouvrement.letters.DocumentKind#slug()});</li>
 * <li>the layout {@code layout.html.mustache} (HTML and PDF) or {@code layout.txt.mustache};</li>
 * <li>the partial {@code statement.html.mustache} or {@code statement.txt.mustache} ({@code {{> statement}}});</li>
 * <li>the labels {@code messages.<language>.properties}, merged key by key over the library's.</li>
 * </ul>
 * Mustache is logic-less: a template can print values (escaped for HTML unless written {@code {{{triple}}}}), test
 * them and loop over lists, and use the block sections the library supplies (paragraph, heading, quotation, list,
 * figures: see the module's documentation). The values are plain maps, lists and strings prepared by the library, so
 * a template cannot reach a Java object or call a method. Each file is read once per renderer.
 *
 * <p>Instances are immutable and thread-safe; keep one per configuration.
 */
public final class LetterRenderer {

    private static final String PRODUCER = "recouvrement-letters";
    private static final LetterRenderer DEFAULTS = new LetterRenderer(null, null, null);

    private final TemplateStore store;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();
    private final Mustache.Compiler htmlCompiler;
    private final Mustache.Compiler textCompiler;

    private LetterRenderer(Path directory, ClassLoader classLoader, String prefix) {
        this.store = new TemplateStore(directory, classLoader, prefix);
        Mustache.Compiler base = Mustache.compiler()
                .withCollector(new PlainDataCollector())
                .strictSections(false)
                .emptyStringIsFalse(true);
        this.htmlCompiler = base.withEscaper(Escapers.HTML).withLoader(name -> partial(name, "html"));
        this.textCompiler = base.withEscaper(Escapers.NONE).withLoader(name -> partial(name, "txt"));
    }

    /**
     * Returns the renderer with the library's templates only.
     *
     * @return the shared default renderer
     */
    public static LetterRenderer withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns a builder for a renderer with the integrator's own templates.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link LetterRenderer} whose templates override the library's.
     */
    public static final class Builder {

        private Path directory;
        private ClassLoader classLoader;
        private String prefix;

        private Builder() {
        }

        /**
         * Looks for templates in a directory first. A file there replaces the library's file of the same name; the
         * directory need not hold them all.
         *
         * @param directory an existing directory
         * @return this builder
         * @throws InvalidValueException if it is not a directory
         */
        public Builder templateDirectory(Path directory) {
            Objects.requireNonNull(directory, "directory");
            if (!Files.isDirectory(directory)) {
                throw new InvalidValueException("templateDirectory", directory.getFileName(), "is not a directory");
            }
            this.directory = directory;
            return this;
        }

        /**
         * Looks for templates under a class-path prefix, after the directory and before the library's own.
         *
         * @param classLoader the class loader to search
         * @param prefix the resource path prefix, such as {@code "com/acme/letters/"}; a missing final slash is added
         * @return this builder
         */
        public Builder templateClasspath(ClassLoader classLoader, String prefix) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            Objects.requireNonNull(prefix, "prefix");
            String p = prefix.startsWith("/") ? prefix.substring(1) : prefix;
            this.prefix = p.isEmpty() || p.endsWith("/") ? p : p + "/";
            return this;
        }

        /**
         * Returns the renderer.
         *
         * @return the renderer
         */
        public LetterRenderer build() {
            return new LetterRenderer(directory, classLoader, prefix);
        }
    }

    /**
     * Renders a letter.
     *
     * @param letter the letter
     * @param format the output format
     * @return the rendered document with its digest and snapshot
     * @throws MissingMentionsException if the letter lacks mandatory mentions, listing all of them
     * @throws TemplateException if a template is missing or fails
     * @throws RenderingException if the PDF engine fails
     */
    public RenderedDocument render(Letter letter, OutputFormat format) {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(format, "format");
        MandatoryMentions.requireComplete(letter);
        List<TemplateStore.Source> used = new ArrayList<>();
        Map<String, String> messages = store.messages(letter.language().tag(), used);
        LetterContext context = LetterContext.of(letter, messages);
        boolean html = format != OutputFormat.TEXT;
        Map<String, Object> root = new LinkedHashMap<>(context.root());
        root.putAll(Blocks.of(html));
        root.put("html", html);
        root.put("pdf", format == OutputFormat.PDF);
        root.put("fontFamily", PdfWriter.FONT_FAMILY);

        String lang = letter.language().tag();
        String slug = letter.kind().slug();
        TemplateStore.Source body = store.require(List.of(
                slug + "." + letter.tone().name() + "." + lang + ".mustache", slug + "." + lang + ".mustache"));
        TemplateStore.Source layout = store.require(List.of("layout." + (html ? "html" : "txt") + ".mustache"));
        used.add(body);
        used.add(layout);
        store.find("statement." + (html ? "html" : "txt") + ".mustache").ifPresent(used::add);

        root.put("body", execute(body, html, root));
        String output = execute(layout, html, root);
        if (!html) {
            output = tidy(output);
        }
        byte[] bytes = format == OutputFormat.PDF
                ? PdfWriter.write(output, letter.date(), PRODUCER)
                : output.getBytes(StandardCharsets.UTF_8);
        return new RenderedDocument(format, bytes, snapshot(letter, context, used));
    }

    private DocumentSnapshot snapshot(Letter letter, LetterContext context, List<TemplateStore.Source> used) {
        Map<String, String> templates = new LinkedHashMap<>();
        for (TemplateStore.Source source : used) {
            String key = templates.containsKey(source.name()) ? source.name() + " (" + source.origin() + ")"
                    : source.name();
            templates.put(key, source.origin() + " sha256:" + source.sha256());
        }
        Map<String, Object> content = new LinkedHashMap<>(context.snapshot());
        List<String> mentions = new ArrayList<>();
        for (Mention mention : MandatoryMentions.requiredFor(letter.kind(), letter.jurisdiction())) {
            mentions.add(mention.name());
        }
        content.put("mentionsChecked", mentions);
        content.put("templates", new LinkedHashMap<String, Object>(templates));
        Amount balance = letter.statement().map(s -> s.balance()).orElse(null);
        List<String> bases = new ArrayList<>();
        letter.legalBases().forEach(r -> bases.add(r.display()));
        return new DocumentSnapshot(letter.kind(), letter.date(), balance, context.deadlines(), bases, templates,
                content);
    }

    private String execute(TemplateStore.Source source, boolean html, Map<String, Object> root) {
        Template template = compiled.computeIfAbsent((html ? "html:" : "txt:") + source.origin() + ":" + source.name(),
                k -> compile(source, html));
        try {
            return template.execute(root);
        } catch (MustacheException e) {
            throw new TemplateException(source.name(), "fails: " + e.getMessage(), e);
        }
    }

    private Template compile(TemplateStore.Source source, boolean html) {
        try {
            return (html ? htmlCompiler : textCompiler).compile(source.text());
        } catch (MustacheException e) {
            throw new TemplateException(source.name(), "does not compile: " + e.getMessage(), e);
        }
    }

    private StringReader partial(String name, String extension) {
        if (!name.matches("[a-z][a-z0-9-]{0,40}")) {
            throw new TemplateException(name, "is not a valid partial name (lower-case letters, digits, hyphens)");
        }
        TemplateStore.Source source = store.require(List.of(name + "." + extension + ".mustache"));
        return new StringReader(source.text());
    }

    /** Strips trailing spaces, keeps at most one blank line in a row, ends with one line break. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int blank = 0;
        for (String line : text.split("\n", -1)) {
            String stripped = line.stripTrailing();
            if (stripped.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            blank = 0;
            out.append(stripped);
        }
        return out.append('\n').toString();
    }

    /** Resolves names in maps and lists only: no reflection, so a template reaches no Java method. */
    private static final class PlainDataCollector extends BasicCollector {
        @Override
        public <K, V> Map<K, V> createFetcherCache() {
            return new ConcurrentHashMap<>();
        }
    }
}
