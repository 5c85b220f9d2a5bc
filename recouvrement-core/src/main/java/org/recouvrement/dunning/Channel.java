package org.recouvrement.dunning;

import org.recouvrement.recovery.ContactChannel;

/**
 * How a dunning step reaches the debtor. A step may use several channels (an e-mail and a letter).
 */
public enum Channel {
    /** E-mail. */
    EMAIL(ContactChannel.EMAIL, true, false),
    /** Ordinary letter. */
    LETTER(ContactChannel.LETTER, true, true),
    /** Registered letter with acknowledgement of receipt (<i>lettre recommandée avec accusé de réception</i>). */
    REGISTERED_LETTER(ContactChannel.REGISTERED_LETTER, true, true),
    /** A telephone call, given to a person as a task. */
    PHONE_TASK(ContactChannel.PHONE, false, false);

    private final ContactChannel contactChannel;
    private final boolean written;
    private final boolean paper;

    Channel(ContactChannel contactChannel, boolean written, boolean paper) {
        this.contactChannel = contactChannel;
        this.written = written;
        this.paper = paper;
    }

    /**
     * Returns the channel as the case timeline records it ({@link org.recouvrement.recovery.CaseEvent.ReminderSent}).
     *
     * @return the contact channel
     */
    public ContactChannel contactChannel() {
        return contactChannel;
    }

    /**
     * Tells whether the channel carries a written reminder (e-mail or letter).
     *
     * @return true for e-mail, letter and registered letter
     */
    public boolean isWritten() {
        return written;
    }

    /**
     * Tells whether the channel is paper mail, whose delivery takes days (CDE art. XIX.2 counts its waiting time from
     * the third working day after sending).
     *
     * @return true for letters
     */
    public boolean isPaper() {
        return paper;
    }
}
