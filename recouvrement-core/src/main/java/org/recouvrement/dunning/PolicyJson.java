package org.recouvrement.dunning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recouvrement.InvalidValueException;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Reason;
import org.recouvrement.money.Amount;

/**
 * The JSON form of a {@link DunningPolicy}: every attribute written explicitly, in a fixed order; read strictly
 * (unknown attributes refused), each error naming the path and the value.
 *
 * <pre>{@code
 * {
 *   "name": "France B2B",
 *   "minimumSpacingDays": 5,
 *   "contactCap": {"contacts": 3, "days": 30},
 *   "grouping": "PER_DEBTOR_AND_STEP",
 *   ...
 *   "steps": [
 *     {
 *       "key": "courteous-reminder",
 *       "kind": "COURTEOUS_REMINDER",
 *       "trigger": {"anchor": "DUE_DATE", "offset": 7, "unit": "CALENDAR_DAYS"},
 *       "minimumAmount": "EUR 0.00",
 *       "channels": ["EMAIL"],
 *       "templateKey": "courteous-reminder",
 *       "requiresValidation": false,
 *       "chargesCosts": false,
 *       "basis": {"text": "...", "references": [{"code": "CIVIL_CODE", "article": "1344"}]}
 *     }
 *   ]
 * }
 * }</pre>
 */
final class PolicyJson {

    private static final Set<String> POLICY_MEMBERS = Set.of("name", "minimumSpacingDays", "contactCap", "grouping",
            "exhaustedAfterDays", "actionWindowDays", "instalmentGraceDays", "accelerationClause",
            "limitationWarningDays", "steps");
    private static final Set<String> STEP_MEMBERS = Set.of("key", "kind", "trigger", "minimumAmount", "channels",
            "templateKey", "requiresValidation", "chargesCosts", "basis");
    private static final Set<String> TRIGGER_MEMBERS = Set.of("anchor", "offset", "unit");
    private static final Set<String> CAP_MEMBERS = Set.of("contacts", "days");
    private static final Set<String> BASIS_MEMBERS = Set.of("text", "references");
    private static final Set<String> REFERENCE_MEMBERS = Set.of("code", "jurisdiction", "instrument", "article", "link");

    private PolicyJson() {
    }

    // ------------------------------------------------------------------------------------------------- writing

    static String write(DunningPolicy policy) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", policy.name());
        out.put("minimumSpacingDays", policy.minimumSpacingDays());
        policy.contactCap().ifPresent(cap -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("contacts", cap.contacts());
            c.put("days", cap.days());
            out.put("contactCap", c);
        });
        out.put("grouping", policy.grouping().name());
        out.put("exhaustedAfterDays", policy.exhaustedAfterDays());
        out.put("actionWindowDays", policy.actionWindowDays());
        out.put("instalmentGraceDays", policy.instalmentGraceDays());
        out.put("accelerationClause", policy.accelerationClause());
        out.put("limitationWarningDays", policy.limitationWarningDays());
        List<Object> steps = new ArrayList<>();
        for (DunningStep step : policy.steps()) {
            steps.add(step(step));
        }
        out.put("steps", steps);
        return Json.write(out);
    }

    private static Map<String, Object> step(DunningStep step) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", step.key());
        out.put("kind", step.kind().name());
        Map<String, Object> trigger = new LinkedHashMap<>();
        trigger.put("anchor", step.trigger().anchor().name());
        trigger.put("offset", step.trigger().offset());
        trigger.put("unit", step.trigger().unit().name());
        out.put("trigger", trigger);
        step.minimumAmount().ifPresent(amount -> out.put("minimumAmount", amount.toString()));
        List<Object> channels = new ArrayList<>();
        step.channels().forEach(c -> channels.add(c.name()));
        out.put("channels", channels);
        out.put("templateKey", step.templateKey());
        out.put("requiresValidation", step.requiresValidation());
        out.put("chargesCosts", step.chargesCosts());
        Map<String, Object> basis = new LinkedHashMap<>();
        basis.put("text", step.basis().text());
        List<Object> references = new ArrayList<>();
        for (LegalReference reference : step.basis().references()) {
            references.add(reference(reference));
        }
        basis.put("references", references);
        out.put("basis", basis);
        return out;
    }

    private static Map<String, Object> reference(LegalReference reference) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (reference.code().isPresent()) {
            out.put("code", reference.code().get().name());
        } else {
            out.put("jurisdiction", reference.jurisdiction().name());
            out.put("instrument", reference.instrument());
        }
        reference.article().ifPresent(article -> out.put("article", article));
        reference.link().ifPresent(link -> out.put("link", link));
        return out;
    }

    // ------------------------------------------------------------------------------------------------- reading

    static DunningPolicy read(String text) {
        Map<String, Object> root = object("", Json.read(text), POLICY_MEMBERS, "a policy");
        DunningPolicy.Builder builder = DunningPolicy.builder();
        builder.name(string("name", required(root, "", "name")));
        if (root.containsKey("minimumSpacingDays")) {
            builder.minimumSpacingDays(integer("minimumSpacingDays", root.get("minimumSpacingDays")));
        }
        if (root.containsKey("contactCap") && root.get("contactCap") != Json.NULL) {
            Map<String, Object> cap = object("contactCap", root.get("contactCap"), CAP_MEMBERS, "a contact cap");
            int contacts = integer("contactCap.contacts", required(cap, "contactCap", "contacts"));
            int days = integer("contactCap.days", required(cap, "contactCap", "days"));
            builder.contactCap(build("contactCap", () -> ContactCap.of(contacts, days)));
        }
        if (root.containsKey("grouping")) {
            builder.grouping(enumValue("grouping", root.get("grouping"), Grouping.class));
        }
        if (root.containsKey("exhaustedAfterDays")) {
            builder.exhaustedAfterDays(integer("exhaustedAfterDays", root.get("exhaustedAfterDays")));
        }
        if (root.containsKey("actionWindowDays")) {
            builder.actionWindowDays(integer("actionWindowDays", root.get("actionWindowDays")));
        }
        if (root.containsKey("instalmentGraceDays")) {
            builder.instalmentGraceDays(integer("instalmentGraceDays", root.get("instalmentGraceDays")));
        }
        if (root.containsKey("accelerationClause")) {
            builder.accelerationClause(bool("accelerationClause", root.get("accelerationClause")));
        }
        if (root.containsKey("limitationWarningDays")) {
            builder.limitationWarningDays(integer("limitationWarningDays", root.get("limitationWarningDays")));
        }
        List<Object> steps = array("steps", required(root, "", "steps"));
        for (int i = 0; i < steps.size(); i++) {
            builder.addStep(step("steps[" + i + "]", steps.get(i)));
        }
        return build("", builder::build);
    }

    private static DunningStep step(String path, Object value) {
        Map<String, Object> step = object(path, value, STEP_MEMBERS, "a step");
        DunningStep.Builder builder = DunningStep.builder();
        builder.key(string(path + ".key", required(step, path, "key")));
        builder.kind(enumValue(path + ".kind", required(step, path, "kind"), StepKind.class));
        builder.trigger(trigger(path + ".trigger", required(step, path, "trigger")));
        if (step.containsKey("minimumAmount") && step.get("minimumAmount") != Json.NULL) {
            String amount = string(path + ".minimumAmount", step.get("minimumAmount"));
            builder.minimumAmount(build(path + ".minimumAmount", () -> Amount.parse(amount)));
        }
        if (step.containsKey("channels")) {
            List<Object> channels = array(path + ".channels", step.get("channels"));
            for (int i = 0; i < channels.size(); i++) {
                builder.addChannel(enumValue(path + ".channels[" + i + "]", channels.get(i), Channel.class));
            }
        }
        builder.templateKey(string(path + ".templateKey", required(step, path, "templateKey")));
        if (step.containsKey("requiresValidation")) {
            builder.requiresValidation(bool(path + ".requiresValidation", step.get("requiresValidation")));
        }
        if (step.containsKey("chargesCosts")) {
            builder.chargesCosts(bool(path + ".chargesCosts", step.get("chargesCosts")));
        }
        builder.basis(basis(path + ".basis", required(step, path, "basis")));
        return build(path, builder::build);
    }

    private static StepTrigger trigger(String path, Object value) {
        Map<String, Object> trigger = object(path, value, TRIGGER_MEMBERS, "a trigger");
        Anchor anchor = enumValue(path + ".anchor", required(trigger, path, "anchor"), Anchor.class);
        int offset = integer(path + ".offset", required(trigger, path, "offset"));
        OffsetUnit unit = trigger.containsKey("unit")
                ? enumValue(path + ".unit", trigger.get("unit"), OffsetUnit.class) : OffsetUnit.CALENDAR_DAYS;
        return build(path, () -> StepTrigger.of(anchor, offset, unit));
    }

    private static Reason basis(String path, Object value) {
        Map<String, Object> basis = object(path, value, BASIS_MEMBERS, "a basis");
        String text = string(path + ".text", required(basis, path, "text"));
        List<LegalReference> references = new ArrayList<>();
        if (basis.containsKey("references")) {
            List<Object> list = array(path + ".references", basis.get("references"));
            for (int i = 0; i < list.size(); i++) {
                references.add(reference(path + ".references[" + i + "]", list.get(i)));
            }
        }
        return build(path + ".text", () -> Reason.of(text, references));
    }

    private static LegalReference reference(String path, Object value) {
        Map<String, Object> reference = object(path, value, REFERENCE_MEMBERS, "a legal reference");
        String article = reference.containsKey("article") ? string(path + ".article", reference.get("article")) : null;
        LegalReference result;
        if (reference.containsKey("code")) {
            if (reference.containsKey("instrument") || reference.containsKey("jurisdiction")) {
                throw new InvalidPolicyException(path, "{...}", "gives both a code and an instrument or jurisdiction; "
                        + "give one");
            }
            LegalCode code = enumValue(path + ".code", reference.get("code"), LegalCode.class);
            if (article == null) {
                throw new InvalidPolicyException(path + ".article", "(missing)", "is required with a code");
            }
            result = build(path + ".article", () -> code.article(article));
        } else {
            Jurisdiction jurisdiction = enumValue(path + ".jurisdiction", required(reference, path, "jurisdiction"),
                    Jurisdiction.class);
            String instrument = string(path + ".instrument", required(reference, path, "instrument"));
            result = build(path, () -> article == null ? LegalReference.ofInstrument(jurisdiction, instrument)
                    : LegalReference.ofInstrument(jurisdiction, instrument, article));
        }
        if (reference.containsKey("link")) {
            String link = string(path + ".link", reference.get("link"));
            LegalReference unlinked = result;
            result = build(path + ".link", () -> unlinked.withLink(link));
        }
        return result;
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** A construction that may throw a library exception, re-thrown under a path. */
    private interface Construction<T> {
        T get();
    }

    private static <T> T build(String path, Construction<T> construction) {
        try {
            return construction.get();
        } catch (InvalidPolicyException e) {
            throw path.isEmpty() ? e : e.under(path);
        } catch (InvalidValueException e) {
            throw new InvalidPolicyException(path.isEmpty() ? e.field() : path, e.value(), e.rule());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String path, Object value, Set<String> members, String what) {
        if (!(value instanceof Map)) {
            throw new InvalidPolicyException(path.isEmpty() ? "json" : path, describe(value), "must be an object, "
                    + what);
        }
        Map<String, Object> map = (Map<String, Object>) value;
        for (String member : map.keySet()) {
            if (!members.contains(member)) {
                throw new InvalidPolicyException(join(path, member), describe(map.get(member)),
                        "is not a known attribute of " + what);
            }
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> array(String path, Object value) {
        if (!(value instanceof List)) {
            throw new InvalidPolicyException(path, describe(value), "must be an array");
        }
        return (List<Object>) value;
    }

    private static Object required(Map<String, Object> map, String path, String member) {
        Object value = map.get(member);
        if (value == null || value == Json.NULL) {
            throw new InvalidPolicyException(join(path, member), "(missing)", "is required");
        }
        return value;
    }

    private static String string(String path, Object value) {
        if (!(value instanceof String)) {
            throw new InvalidPolicyException(path, describe(value), "must be a string");
        }
        return (String) value;
    }

    private static boolean bool(String path, Object value) {
        if (!(value instanceof Boolean)) {
            throw new InvalidPolicyException(path, describe(value), "must be true or false");
        }
        return (Boolean) value;
    }

    private static int integer(String path, Object value) {
        if (!(value instanceof BigDecimal)) {
            throw new InvalidPolicyException(path, describe(value), "must be a whole number");
        }
        try {
            return ((BigDecimal) value).intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidPolicyException(path, describe(value), "must be a whole number within the int range");
        }
    }

    private static <E extends Enum<E>> E enumValue(String path, Object value, Class<E> type) {
        String name = string(path, value);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        throw new InvalidPolicyException(path, describe(value), "is not one of " + names);
    }

    private static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    private static String describe(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Map) {
            return "{...}";
        }
        if (value instanceof List) {
            return "[...]";
        }
        return String.valueOf(value);
    }
}
