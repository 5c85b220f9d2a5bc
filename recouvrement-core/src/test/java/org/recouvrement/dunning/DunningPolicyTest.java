package org.recouvrement.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.Reason;
import org.recouvrement.money.Amount;

/**
 * A policy is checked when it is built and when it is read from JSON; errors name the path and the value.
 */
class DunningPolicyTest {

    private static final Reason BASIS = Reason.of("Test.");

    private static DunningStep.Builder email(String key, StepTrigger trigger) {
        return DunningStep.builder().key(key).kind(StepKind.COURTEOUS_REMINDER).trigger(trigger)
                .addChannel(Channel.EMAIL).templateKey(key).basis(BASIS);
    }

    @Test
    @DisplayName("Two steps with the same key are refused, naming the second")
    void duplicateKeys() {
        InvalidPolicyException error = assertThrows(InvalidPolicyException.class, () -> DunningPolicy.builder()
                .name("p")
                .addStep(email("r1", StepTrigger.daysAfterDueDate(7)).build())
                .addStep(email("r1", StepTrigger.daysAfterPreviousStep(7)).build())
                .build());
        assertEquals("steps[1].key", error.field());
        assertEquals("'r1'", error.value());
    }

    @Test
    @DisplayName("A step counted from the previous one on the same day is refused: a rerun would resend")
    void previousStepOffsetBelowOne() {
        InvalidPolicyException error = assertThrows(InvalidPolicyException.class,
                () -> StepTrigger.of(Anchor.PREVIOUS_STEP, 0, OffsetUnit.CALENDAR_DAYS));
        assertEquals("offset", error.field());
        assertTrue(error.rule().contains("proposed again when the decision is rerun"));
    }

    @Test
    @DisplayName("The first step cannot count from a previous step")
    void firstStepFromPreviousStep() {
        InvalidPolicyException error = assertThrows(InvalidPolicyException.class, () -> DunningPolicy.builder()
                .name("p").addStep(email("r1", StepTrigger.daysAfterPreviousStep(7)).build()).build());
        assertEquals("steps[0].trigger.anchor", error.field());
    }

    @Test
    @DisplayName("Two successive steps counted from the due date must be in increasing order")
    void dueDateOffsetsIncrease() {
        InvalidPolicyException error = assertThrows(InvalidPolicyException.class, () -> DunningPolicy.builder()
                .name("p")
                .addStep(email("r1", StepTrigger.daysAfterDueDate(7)).build())
                .addStep(email("r2", StepTrigger.daysAfterDueDate(7)).build())
                .build());
        assertEquals("steps[1].trigger.offset", error.field());
    }

    @Test
    @DisplayName("A contact step without channel, a phone call by e-mail, a key with a colon are refused")
    void stepChecks() {
        assertEquals("channels", assertThrows(InvalidPolicyException.class, () -> DunningStep.builder().key("r1")
                .kind(StepKind.FIRM_REMINDER).trigger(StepTrigger.daysAfterDueDate(1)).templateKey("t").basis(BASIS)
                .build()).field());
        assertEquals("channels[0]", assertThrows(InvalidPolicyException.class, () -> DunningStep.builder().key("call")
                .kind(StepKind.PHONE_CALL).trigger(StepTrigger.daysAfterDueDate(1)).addChannel(Channel.EMAIL)
                .templateKey("t").basis(BASIS).build()).field());
        assertEquals("key", assertThrows(InvalidPolicyException.class,
                () -> email("r:1", StepTrigger.daysAfterDueDate(1)).build()).field());
        assertEquals("minimumAmount", assertThrows(InvalidPolicyException.class,
                () -> email("r1", StepTrigger.daysAfterDueDate(1)).minimumAmount(Amount.euros("-1.00")).build())
                .field());
    }

    @Test
    @DisplayName("A hand-off needs no channel: it does not contact the debtor")
    void internalStepWithoutChannel() {
        DunningStep handOff = DunningStep.builder().key("agency").kind(StepKind.COLLECTION_AGENCY_HANDOFF)
                .trigger(StepTrigger.daysAfterDueDate(60)).templateKey("agency").basis(BASIS).build();
        assertTrue(handOff.channels().isEmpty());
        assertTrue(handOff.requiresValidation());
    }

    @Test
    @DisplayName("The presets read back from their JSON form equal to themselves, and write the same text again")
    void presetsRoundTrip() {
        for (DunningPolicy preset : List.of(DunningPresets.franceB2B(), DunningPresets.franceB2C(),
                DunningPresets.belgiumB2B(), DunningPresets.belgiumB2C())) {
            String json = preset.toJson();
            DunningPolicy read = DunningPolicy.parse(json);
            assertEquals(preset, read, preset.name());
            assertEquals(json, read.toJson(), preset.name());
        }
    }

    @Test
    @DisplayName("The JSON form of a small policy, attribute by attribute")
    void goldenJson() {
        DunningPolicy policy = DunningPolicy.builder()
                .name("Small \"customers\"")
                .addStep(email("r1", StepTrigger.daysAfterDueDate(7)).minimumAmount(Amount.euros("10.00")).build())
                .addStep(DunningStep.builder().key("notice").kind(StepKind.FORMAL_NOTICE)
                        .trigger(StepTrigger.workingDaysAfterPreviousStep(10)).addChannel(Channel.REGISTERED_LETTER)
                        .templateKey("formal-notice")
                        .basis(Reason.of("Formal notice", LegalCode.CIVIL_CODE.article("1344"))).build())
                .minimumSpacingDays(5)
                .contactCap(ContactCap.of(3, 30))
                .build();
        String expected = String.join("\n",
                "{",
                "  \"name\": \"Small \\\"customers\\\"\",",
                "  \"minimumSpacingDays\": 5,",
                "  \"contactCap\": {",
                "    \"contacts\": 3,",
                "    \"days\": 30",
                "  },",
                "  \"grouping\": \"PER_DEBTOR_AND_STEP\",",
                "  \"exhaustedAfterDays\": 15,",
                "  \"actionWindowDays\": 7,",
                "  \"instalmentGraceDays\": 0,",
                "  \"accelerationClause\": false,",
                "  \"limitationWarningDays\": 90,",
                "  \"steps\": [",
                "    {",
                "      \"key\": \"r1\",",
                "      \"kind\": \"COURTEOUS_REMINDER\",",
                "      \"trigger\": {",
                "        \"anchor\": \"DUE_DATE\",",
                "        \"offset\": 7,",
                "        \"unit\": \"CALENDAR_DAYS\"",
                "      },",
                "      \"minimumAmount\": \"EUR 10.00\",",
                "      \"channels\": [\"EMAIL\"],",
                "      \"templateKey\": \"r1\",",
                "      \"requiresValidation\": false,",
                "      \"chargesCosts\": false,",
                "      \"basis\": {",
                "        \"text\": \"Test.\",",
                "        \"references\": []",
                "      }",
                "    },",
                "    {",
                "      \"key\": \"notice\",",
                "      \"kind\": \"FORMAL_NOTICE\",",
                "      \"trigger\": {",
                "        \"anchor\": \"PREVIOUS_STEP\",",
                "        \"offset\": 10,",
                "        \"unit\": \"WORKING_DAYS\"",
                "      },",
                "      \"channels\": [\"REGISTERED_LETTER\"],",
                "      \"templateKey\": \"formal-notice\",",
                "      \"requiresValidation\": true,",
                "      \"chargesCosts\": false,",
                "      \"basis\": {",
                "        \"text\": \"Formal notice\",",
                "        \"references\": [",
                "          {",
                "            \"code\": \"CIVIL_CODE\",",
                "            \"article\": \"1344\"",
                "          }",
                "        ]",
                "      }",
                "    }",
                "  ]",
                "}",
                "");
        assertEquals(expected, policy.toJson());
        assertEquals(policy, DunningPolicy.parse(expected));
    }

    @Test
    @DisplayName("Reading accepts omitted defaults and a reference to another instrument with a link")
    void lenientWhereDefaultsExist() {
        String json = "{\"name\":\"minimal\",\"steps\":[{\"key\":\"r1\",\"kind\":\"FIRM_REMINDER\","
                + "\"trigger\":{\"anchor\":\"DUE_DATE\",\"offset\":-3},\"channels\":[\"LETTER\"],\"templateKey\":\"t\","
                + "\"basis\":{\"text\":\"Late payment law\",\"references\":[{\"jurisdiction\":\"BELGIUM\","
                + "\"instrument\":\"Loi du 2 août 2002\",\"link\":\"https://www.ejustice.just.fgov.be\"}]}}]}";
        DunningPolicy policy = DunningPolicy.parse(json);
        assertEquals(Grouping.PER_DEBTOR_AND_STEP, policy.grouping());
        assertEquals(OffsetUnit.CALENDAR_DAYS, policy.steps().get(0).trigger().unit());
        assertEquals(-3, policy.steps().get(0).trigger().offset());
        assertEquals(Optional.of("https://www.ejustice.just.fgov.be"),
                policy.steps().get(0).basis().references().get(0).link());
        assertEquals(policy, DunningPolicy.parse(policy.toJson()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "unknown attribute | {\"name\":\"p\",\"colour\":\"red\",\"steps\":[]} | colour | \"red\"",
        "missing steps | {\"name\":\"p\"} | steps | (missing)",
        "empty steps | {\"name\":\"p\",\"steps\":[]} | steps | []",
        "grouping not a constant | {\"name\":\"p\",\"grouping\":\"PER_INVOICE\",\"steps\":[]} | grouping | \"PER_INVOICE\"",
        "spacing not a number | {\"name\":\"p\",\"minimumSpacingDays\":\"five\",\"steps\":[]} | minimumSpacingDays | \"five\"",
        "spacing not whole | {\"name\":\"p\",\"minimumSpacingDays\":2.5,\"steps\":[]} | minimumSpacingDays | 2.5",
        "negative spacing | {\"name\":\"p\",\"minimumSpacingDays\":-1,\"steps\":[" + STEP + "]} | minimumSpacingDays | -1",
        "cap of zero contacts | {\"name\":\"p\",\"contactCap\":{\"contacts\":0,\"days\":30},\"steps\":[]} | contactCap.contacts | 0",
        "step without kind | {\"name\":\"p\",\"steps\":[{\"key\":\"r1\"}]} | steps[0].kind | (missing)",
        "previous step on the same day | {\"name\":\"p\",\"steps\":[" + STEP + "," + SAME_DAY + "]} | steps[1].trigger.offset | 0",
        "duplicate key | {\"name\":\"p\",\"steps\":[" + STEP + "," + STEP + "]} | steps[1].key | 'r1'",
        "bad channel | {\"name\":\"p\",\"steps\":[" + BAD_CHANNEL + "]} | steps[0].channels[0] | \"FAX\"",
        "bad amount | {\"name\":\"p\",\"steps\":[" + BAD_AMOUNT + "]} | steps[0].minimumAmount | 'ten euros'",
        "blank basis | {\"name\":\"p\",\"steps\":[" + BLANK_BASIS + "]} | steps[0].basis.text | ''",
        "code without article | {\"name\":\"p\",\"steps\":[" + NO_ARTICLE + "]} | steps[0].basis.references[0].article | (missing)",
    })
    @DisplayName("A malformed JSON policy is refused with the path and the value")
    void jsonErrors(String what, String json, String path, String value) {
        InvalidPolicyException error = assertThrows(InvalidPolicyException.class, () -> DunningPolicy.parse(json));
        assertEquals(path, error.field(), error.getMessage());
        assertEquals(value, error.value(), error.getMessage());
    }

    static final String STEP = "{\"key\":\"r1\",\"kind\":\"COURTEOUS_REMINDER\",\"trigger\":{\"anchor\":\"DUE_DATE\","
            + "\"offset\":7},\"channels\":[\"EMAIL\"],\"templateKey\":\"t\",\"basis\":{\"text\":\"x\"}}";
    static final String SAME_DAY = "{\"key\":\"r2\",\"kind\":\"FIRM_REMINDER\",\"trigger\":{\"anchor\":\"PREVIOUS_STEP\","
            + "\"offset\":0},\"channels\":[\"EMAIL\"],\"templateKey\":\"t\",\"basis\":{\"text\":\"x\"}}";
    static final String BAD_CHANNEL = "{\"key\":\"r1\",\"kind\":\"COURTEOUS_REMINDER\",\"trigger\":{\"anchor\":\"DUE_DATE\","
            + "\"offset\":7},\"channels\":[\"FAX\"],\"templateKey\":\"t\",\"basis\":{\"text\":\"x\"}}";
    static final String BAD_AMOUNT = "{\"key\":\"r1\",\"kind\":\"COURTEOUS_REMINDER\",\"trigger\":{\"anchor\":\"DUE_DATE\","
            + "\"offset\":7},\"minimumAmount\":\"ten euros\",\"channels\":[\"EMAIL\"],\"templateKey\":\"t\","
            + "\"basis\":{\"text\":\"x\"}}";
    static final String BLANK_BASIS = "{\"key\":\"r1\",\"kind\":\"COURTEOUS_REMINDER\",\"trigger\":{\"anchor\":\"DUE_DATE\","
            + "\"offset\":7},\"channels\":[\"EMAIL\"],\"templateKey\":\"t\",\"basis\":{\"text\":\" \"}}";
    static final String NO_ARTICLE = "{\"key\":\"r1\",\"kind\":\"COURTEOUS_REMINDER\",\"trigger\":{\"anchor\":\"DUE_DATE\","
            + "\"offset\":7},\"channels\":[\"EMAIL\"],\"templateKey\":\"t\",\"basis\":{\"text\":\"x\","
            + "\"references\":[{\"code\":\"CIVIL_CODE\"}]}}";

    @Test
    @DisplayName("A syntax error names the line and the column")
    void syntaxError() {
        InvalidPolicyException error = assertThrows(InvalidPolicyException.class,
                () -> DunningPolicy.parse("{\n  \"name\": \"p\"\n  \"steps\": []\n}"));
        assertEquals("json", error.field());
        assertEquals("at line 3, column 3", error.value());
        assertTrue(error.rule().contains("',' or '}' was expected"), error.rule());
    }

    @Test
    @DisplayName("A preset is adapted with copies: another spacing, a step replaced")
    void copies() {
        DunningPolicy preset = DunningPresets.franceB2B();
        DunningPolicy adapted = preset.withName("France B2B, patient").withMinimumSpacingDays(10)
                .withStep(preset.step("formal-notice").orElseThrow().withTrigger(StepTrigger.daysAfterPreviousStep(21)));
        assertEquals(10, adapted.minimumSpacingDays());
        assertEquals(21, adapted.step("formal-notice").orElseThrow().trigger().offset());
        assertEquals(preset.steps().size(), adapted.steps().size());
        assertThrows(InvalidPolicyException.class, () -> preset.withStep(email("nope", StepTrigger.daysAfterDueDate(1))
                .build()));
    }
}
