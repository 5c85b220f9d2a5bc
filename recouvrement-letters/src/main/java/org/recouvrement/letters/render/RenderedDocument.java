package org.recouvrement.letters.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A rendered document: its bytes, their media type, their SHA-256 digest, and the {@link DocumentSnapshot} of what
 * the document claimed. The ERP stores the digest and the snapshot as proof of what was sent.
 *
 * <p>Immutable: {@link #bytes()} returns a copy.
 */
public final class RenderedDocument {

    private final OutputFormat format;
    private final byte[] bytes;
    private final String sha256;
    private final DocumentSnapshot snapshot;

    RenderedDocument(OutputFormat format, byte[] bytes, DocumentSnapshot snapshot) {
        this.format = format;
        this.bytes = bytes.clone();
        this.sha256 = sha256(this.bytes);
        this.snapshot = snapshot;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every Java platform implements SHA-256", e);
        }
    }

    /**
     * Returns the format.
     *
     * @return the format
     */
    public OutputFormat format() {
        return format;
    }

    /**
     * Returns a copy of the bytes.
     *
     * @return the document's bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Returns the number of bytes.
     *
     * @return the size
     */
    public int size() {
        return bytes.length;
    }

    /**
     * Returns the bytes as text, for the text and HTML formats.
     *
     * @return the text, decoded as UTF-8
     */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Returns the media type.
     *
     * @return the media type, such as {@code "text/html; charset=UTF-8"}
     */
    public String mediaType() {
        return format.mediaType();
    }

    /**
     * Returns the SHA-256 digest of the bytes.
     *
     * @return 64 lower-case hexadecimal digits
     */
    public String sha256() {
        return sha256;
    }

    /**
     * Returns what the document claimed.
     *
     * @return the snapshot
     */
    public DocumentSnapshot snapshot() {
        return snapshot;
    }

    /**
     * Returns the format, size and digest.
     *
     * @return a short description, without personal data
     */
    @Override
    public String toString() {
        return "RenderedDocument[" + format + ", " + bytes.length + " bytes, sha256 " + sha256 + "]";
    }
}
