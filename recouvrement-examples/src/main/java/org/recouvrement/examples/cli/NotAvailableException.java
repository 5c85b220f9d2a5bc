package org.recouvrement.examples.cli;

/**
 * A command this build of the command line does not provide yet: its capability is not wired in. The command line
 * reports it with exit code 1.
 */
final class NotAvailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotAvailableException(String command, String capability) {
        super("not available in this build: " + capability + " is not wired into '" + command + "' yet");
    }
}
