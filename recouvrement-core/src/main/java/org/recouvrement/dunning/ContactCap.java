package org.recouvrement.dunning;

import java.util.Objects;

/**
 * A cap on the contacts with one debtor: at most a number of contact days within any window of a number of days.
 * Several contacts on the same day count once (one letter recorded by two events, or several letters sent together).
 *
 * <p>Immutable and thread-safe.
 */
public final class ContactCap {

    private final int contacts;
    private final int days;

    private ContactCap(int contacts, int days) {
        this.contacts = contacts;
        this.days = days;
    }

    /**
     * Returns a cap of at most {@code contacts} contact days in any {@code days} consecutive days.
     *
     * @param contacts the most contact days allowed, at least 1
     * @param days the length of the window in days, at least 1
     * @return the cap
     * @throws InvalidPolicyException if a number is below 1, or the window is longer than ten years
     */
    public static ContactCap of(int contacts, int days) {
        if (contacts < 1) {
            throw new InvalidPolicyException("contacts", contacts, "must be at least 1");
        }
        if (days < 1 || days > 3650) {
            throw new InvalidPolicyException("days", days, "must be between 1 and 3650");
        }
        return new ContactCap(contacts, days);
    }

    /**
     * Returns the most contact days allowed in the window.
     *
     * @return the number of contact days
     */
    public int contacts() {
        return contacts;
    }

    /**
     * Returns the length of the window.
     *
     * @return the days
     */
    public int days() {
        return days;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ContactCap other && contacts == other.contacts && days == other.days;
    }

    @Override
    public int hashCode() {
        return Objects.hash(contacts, days);
    }

    /**
     * Returns a description such as {@code "at most 3 contacts in 30 days"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return "at most " + contacts + " contact" + (contacts == 1 ? "" : "s") + " in " + days + " days";
    }
}
