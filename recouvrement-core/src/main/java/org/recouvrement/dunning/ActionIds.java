package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.List;

/**
 * The stable identifiers of proposed actions. A step action's identifier is {@code step:<stepKey>:<digest>}, the
 * digest covering the claims and the step of each; the others are {@code <kind>:<digest>} over the case and the fact
 * they answer (the opening of insolvency proceedings, the payment plan). The digest is a 64-bit FNV-1a hash written in
 * sixteen hexadecimal digits: the same inputs give the same identifier on any machine.
 */
final class ActionIds {

    static final String STEP = "step:";
    static final String PROOF_OF_CLAIM = "proof-of-claim:";
    static final String ACCELERATION = "acceleration:";
    static final String CLOSE_TIME_BARRED = "close-time-barred:";
    static final String POLICY_EXHAUSTED = "policy-exhausted:";
    static final String BELOW_STEP_MINIMUM = "below-step-minimum:";

    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ActionIds() {
    }

    /** Returns the identifier of a step action over claims, each with the key of its own step. */
    static String step(String actionStepKey, List<String> caseIds, List<String> stepKeys) {
        long hash = OFFSET_BASIS;
        hash = mix(hash, actionStepKey);
        for (int i = 0; i < caseIds.size(); i++) {
            hash = mix(hash, caseIds.get(i));
            hash = mix(hash, stepKeys.get(i));
        }
        return STEP + actionStepKey + ':' + hex(hash);
    }

    /** Returns the identifier of an action about one case and a fact, such as a date or a step key. */
    static String ofCase(String prefix, String caseId, String fact) {
        long hash = mix(mix(mix(OFFSET_BASIS, prefix), caseId), fact);
        return prefix + hex(hash);
    }

    static String ofCase(String prefix, String caseId, LocalDate fact) {
        return ofCase(prefix, caseId, fact.toString());
    }

    /** Tells whether a recorded identifier is that of a step action. */
    static boolean isStep(String id) {
        return id.startsWith(STEP);
    }

    /** Returns the step key inside a step action's identifier. */
    static String stepKey(String id) {
        int end = id.indexOf(':', STEP.length());
        return end < 0 ? id.substring(STEP.length()) : id.substring(STEP.length(), end);
    }

    private static long mix(long hash, String text) {
        long h = hash;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            h = (h ^ (c & 0xff)) * PRIME;
            h = (h ^ (c >>> 8)) * PRIME;
        }
        return (h ^ 0xff) * PRIME;
    }

    private static String hex(long value) {
        char[] out = new char[16];
        long v = value;
        for (int i = 15; i >= 0; i--) {
            out[i] = HEX[(int) (v & 0xf)];
            v >>>= 4;
        }
        return new String(out);
    }
}
