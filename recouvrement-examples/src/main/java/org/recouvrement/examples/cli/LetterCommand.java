package org.recouvrement.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.recouvrement.interest.InterestStatement;
import org.recouvrement.letters.AmountStatement;
import org.recouvrement.letters.CourteousReminder;
import org.recouvrement.letters.DocumentKind;
import org.recouvrement.letters.FirmReminder;
import org.recouvrement.letters.FormalNotice;
import org.recouvrement.letters.Letter;
import org.recouvrement.letters.render.LetterRenderer;
import org.recouvrement.letters.render.OutputFormat;
import org.recouvrement.letters.render.RenderedDocument;
import org.recouvrement.letters.render.RenderingException;
import org.recouvrement.letters.render.TemplateException;
import org.recouvrement.party.Party;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.RecoveryCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code recouvrement letter}: renders a letter of the chosen kind for the case, dated the day asked about, with the
 * amount statement of the case on that day (principal, interest line by line, the fixed compensation, payments,
 * balance), as text, HTML or PDF, to a file or to the standard output.
 *
 * <p>The letter is checked for its mandatory mentions before it is rendered (a formal notice without a date to pay
 * by is refused, exit code 2). With {@code --json} the command prints what it rendered instead: format, size, SHA-256
 * digest and the snapshot of what the letter claimed, which an ERP stores as proof; and the document itself when it
 * was not written to a file.
 */
@Command(name = "letter",
        mixinStandardHelpOptions = true,
        description = {"Renders a letter for the case: a courteous reminder, a firm reminder or a formal notice (mise en "
                + "demeure), dated the day asked about, with the amount owed that day line by line, in the debtor's "
                + "language, as text, HTML or PDF/A. Prints it, or writes it to --output and prints its digest.", ""})
final class LetterCommand extends CaseCommand {

    /** The kinds this command renders, by the name of their template ({@link DocumentKind#slug()}). */
    static final List<DocumentKind> KINDS = List.of(DocumentKind.COURTEOUS_REMINDER, DocumentKind.FIRM_REMINDER,
            DocumentKind.FORMAL_NOTICE);

    /** Days given to pay when {@code --pay-by} is not given: the command's choice, not a rule of law. */
    static final int DEFAULT_DAYS_TO_PAY = 15;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "The letter: courteous-reminder, firm-reminder or formal-notice.")
    String kind;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "TEXT, HTML or PDF; default: from the extension of --output (.txt, .html, .pdf), else TEXT.")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the letter to this file (replaced if it exists) instead of the standard output.")
    Path output;

    @Option(names = "--pay-by", paramLabel = "DATE",
            description = "The date the debtor is asked to pay by; default for a firm reminder or a formal notice: "
                    + DEFAULT_DAYS_TO_PAY + " days after the letter's date. A courteous reminder gives none unless "
                    + "told.")
    LocalDate payBy;

    @Option(names = "--signatory", paramLabel = "TEXT",
            description = "Who signs, with capacity: \"Jeanne Durand, gérante\".")
    String signatory;

    @Option(names = InterestCommand.LATEST_KNOWN_RATE,
            description = "Where no statutory rate is published yet for a period, assume the latest published one in "
                    + "the amount statement. Without it, such a date is refused (exit code 2).")
    boolean latestKnownRate;

    LetterCommand(Recouvrement.Context context) {
        super(context);
    }

    @Override
    int answer(List<RecoveryCase> cases, LocalDate asOf, PrintWriter out) {
        RecoveryCase file = cases.get(0);
        DocumentKind documentKind = documentKind();
        OutputFormat chosen = format != null ? format : formatOf(output);
        if (payBy != null && !payBy.isAfter(asOf)) {
            throw new ParameterException(spec.commandLine(), "--pay-by " + payBy + " is not after the letter's date "
                    + asOf);
        }
        InterestStatement interest = InterestCommand.statement(spec.commandLine(), file, asOf, latestKnownRate);
        Letter letter = letter(documentKind, file, AmountStatement.from(file, interest), asOf);
        RenderedDocument document;
        try {
            document = LetterRenderer.withDefaults().render(letter, chosen);
        } catch (RenderingException | TemplateException e) {
            throw new IllegalStateException("the " + documentKind.slug() + " could not be rendered: " + e.getMessage(),
                    e);
        }
        if (output != null) {
            write(document);
        }
        if (json) {
            out.print(JsonAnswers.print(toJson(file, document)));
        } else if (output != null) {
            out.print(new TextAnswers()
                    .line("Case", file.id() + ", letter of " + asOf)
                    .line("Letter", documentKind.slug() + " in " + letter.language() + ", " + document.format())
                    .line("Written to", output + " (" + document.size() + " bytes)")
                    .line("SHA-256", document.sha256())
                    .line("Balance", document.snapshot().balance().map(Object::toString).orElse("none"))
                    .toString());
        } else if (document.format() == OutputFormat.PDF) {
            out.flush();
            PrintStream bytes = context.out();
            bytes.write(document.bytes(), 0, document.size());
            bytes.flush();
        } else {
            out.print(document.text());
        }
        return Recouvrement.OK;
    }

    private DocumentKind documentKind() {
        String slug = kind.toLowerCase(Locale.ROOT).replace('_', '-');
        for (DocumentKind known : KINDS) {
            if (known.slug().equals(slug)) {
                return known;
            }
        }
        List<String> names = new ArrayList<>();
        KINDS.forEach(k -> names.add(k.slug()));
        throw new ParameterException(spec.commandLine(), "--kind '" + kind + "' is not a letter this command renders; "
                + "expected one of " + String.join(", ", names));
    }

    private static OutputFormat formatOf(Path output) {
        if (output != null) {
            String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
            for (OutputFormat candidate : OutputFormat.values()) {
                if (name.endsWith("." + candidate.extension())) {
                    return candidate;
                }
            }
        }
        return OutputFormat.TEXT;
    }

    private Letter letter(DocumentKind documentKind, RecoveryCase file, AmountStatement statement, LocalDate date) {
        Party creditor = file.claim().creditor();
        Party debtor = file.claim().debtor();
        LocalDate deadline = payBy != null ? payBy : date.plusDays(DEFAULT_DAYS_TO_PAY);
        switch (documentKind) {
            case COURTEOUS_REMINDER:
                CourteousReminder.Builder reminder = CourteousReminder.builder();
                reminder.date(date).creditor(creditor).debtor(debtor).statement(statement).fileReference(file.id());
                if (payBy != null) {
                    reminder.paymentDeadline(payBy);
                }
                if (signatory != null) {
                    reminder.signatory(signatory);
                }
                return reminder.build();
            case FIRM_REMINDER:
                FirmReminder.Builder firm = FirmReminder.builder();
                firm.date(date).creditor(creditor).debtor(debtor).statement(statement).fileReference(file.id())
                        .paymentDeadline(deadline);
                if (signatory != null) {
                    firm.signatory(signatory);
                }
                return firm.build();
            default:
                FormalNotice.Builder notice = FormalNotice.builder();
                notice.date(date).creditor(creditor).debtor(debtor).statement(statement).fileReference(file.id())
                        .paymentDeadline(deadline).dispatch(ContactChannel.REGISTERED_LETTER);
                if (signatory != null) {
                    notice.signatory(signatory);
                }
                return notice.build();
        }
    }

    private void write(RenderedDocument document) {
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(output, document.bytes());
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--output '" + output + "' cannot be written: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
    }

    private ObjectNode toJson(RecoveryCase file, RenderedDocument document) {
        ObjectNode json = JsonAnswers.object();
        json.put("caseId", file.id());
        json.put("kind", document.snapshot().kind().slug());
        json.put("format", document.format().name());
        json.put("mediaType", document.mediaType());
        json.put("size", document.size());
        json.put("sha256", document.sha256());
        if (output != null) {
            json.put("file", output.toString());
        } else if (document.format() == OutputFormat.PDF) {
            json.put("contentBase64", Base64.getEncoder().encodeToString(document.bytes()));
        } else {
            json.put("content", document.text());
        }
        try {
            json.set("snapshot", new ObjectMapper().readTree(document.snapshot().toJson()));
        } catch (IOException e) {
            throw new IllegalStateException("the snapshot is not valid JSON", e);
        }
        return json;
    }
}
