package org.recouvrement.letters.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.xmpbox.DateConverter;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Writes the HTML of a letter as PDF/A-3b with openhtmltopdf: A4, the DejaVu Serif font shipped in the module
 * embedded, the sRGB output intent of the Java platform, and nothing fetched from outside. The bytes depend only on
 * the HTML and the letter's date: the creation date is the letter's date at midnight UTC (there is no modification
 * date), and the
 * document identifier is derived from the content.
 *
 * <p>Parsing a TrueType file costs about as much as laying out a letter, so the parsed fonts are kept and reused from
 * one document to the next; each document embeds its own subset, exactly as from a freshly parsed file. A parsed font
 * is not safe for concurrent use: each rendering borrows a pair of fonts for itself from a small pool, parses a new
 * pair when none is free, and gives the pair back when its document is saved (at most one idle pair per processor is
 * kept; a pair that was in use when rendering failed is dropped).
 */
final class PdfWriter {

    /** The font family the HTML layout names in PDF mode. */
    static final String FONT_FAMILY = "DejaVu Serif";

    private static final String FONTS = "/org/recouvrement/letters/fonts/";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final byte[] REGULAR = fontBytes("DejaVuSerif.ttf");
    private static final byte[] BOLD = fontBytes("DejaVuSerif-Bold.ttf");
    private static final ArrayBlockingQueue<ParsedFonts> IDLE_FONTS =
            new ArrayBlockingQueue<>(Math.max(2, Runtime.getRuntime().availableProcessors()));
    private static final Pattern XMP_DATE = Pattern.compile("(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>|\\sxmp:(?:CreateDate|ModifyDate|MetadataDate)=\")([^<\"]*)");

    static {
        XRLog.setLoggerImpl(new Slf4jXrLogger());
    }

    private PdfWriter() {
    }

    static byte[] write(String html, LocalDate date, String producer) {
        Document document = parse(html);
        Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        fixed.clear();
        fixed.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        ParsedFonts fonts = borrowFonts();
        byte[] bytes = write(document, html, fixed, producer, fonts);
        IDLE_FONTS.offer(fonts);
        return bytes;
    }

    private static byte[] write(Document document, String html, Calendar fixed, String producer, ParsedFonts fonts) {
        PDDocument target = new PDDocument();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(target)
                .useFastMode()
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B)
                .useColorProfile(SRGB)
                .withProducer(producer)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useFont(new EmbeddedSubset(target, fonts.regular()), FONT_FAMILY, 400,
                        BaseRendererBuilder.FontStyle.NORMAL, true)
                .useFont(new EmbeddedSubset(target, fonts.bold()), FONT_FAMILY, 700,
                        BaseRendererBuilder.FontStyle.NORMAL, true)
                .withW3cDocument(document, "about:blank");
        try (PDDocument pdf = target; PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setCreationDate(fixed);
            fixMetadataDates(pdf, DateConverter.toISO8601(fixed));
            byte[] id = Arrays.copyOf(RenderedDocument.sha256(html.getBytes(StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.US_ASCII), 32);
            COSArray ids = new COSArray();
            ids.add(new COSString(Arrays.copyOf(id, 16)));
            ids.add(new COSString(Arrays.copyOfRange(id, 16, 32)));
            pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new RenderingException("the PDF engine failed on the letter's HTML: " + e.getMessage(), e);
        }
    }

    private static void fixMetadataDates(PDDocument pdf, String date) throws IOException {
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        String xmp;
        try (InputStream in = metadata.exportXMPMetadata()) {
            xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher matcher = XMP_DATE.matcher(xmp);
        String fixed = matcher.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + date));
        metadata.importXMPMetadata(fixed.getBytes(StandardCharsets.UTF_8));
    }

    /** The library's two fonts, parsed; used by one rendering at a time. */
    private record ParsedFonts(TrueTypeFont regular, TrueTypeFont bold) {
    }

    private static ParsedFonts borrowFonts() {
        ParsedFonts idle = IDLE_FONTS.poll();
        if (idle != null) {
            return idle;
        }
        try {
            return new ParsedFonts(new TTFParser().parse(new RandomAccessReadBuffer(REGULAR)),
                    new TTFParser().parse(new RandomAccessReadBuffer(BOLD)));
        } catch (IOException e) {
            throw new TemplateException("DejaVuSerif.ttf", "cannot be parsed from the library's fonts", e);
        }
    }

    /**
     * Embeds a subset of a parsed font in one document, when the layout first asks for the font, as openhtmltopdf
     * does with a font file. The font is not closed with the document, so that the next document can reuse it.
     */
    private static final class EmbeddedSubset extends PDFontSupplier {

        private final PDDocument document;
        private final TrueTypeFont font;

        EmbeddedSubset(PDDocument document, TrueTypeFont font) {
            super(null);
            this.document = document;
            this.font = font;
        }

        @Override
        public PDFont supply() {
            try {
                return PDType0Font.load(document, font, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads a font of the library once; the bytes are never modified. */
    private static byte[] fontBytes(String file) {
        try (InputStream in = PdfWriter.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new TemplateException(file, "is missing from the library's fonts");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new TemplateException(file, "cannot be read from the library's fonts", e);
        }
    }

    private static Document parse(String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new TemplateException("layout.html.mustache", "does not produce well-formed XHTML, which the PDF"
                    + " engine requires: " + e.getMessage(), e);
        }
    }
}
