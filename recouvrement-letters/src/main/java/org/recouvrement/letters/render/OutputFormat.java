package org.recouvrement.letters.render;

/**
 * The formats a letter renders to.
 */
public enum OutputFormat {
    /** Plain text, UTF-8, lines of at most 78 characters where words allow. */
    TEXT("text/plain; charset=UTF-8", "txt"),
    /** A standalone HTML page, UTF-8, with its CSS inline, laid out for A4 printing. */
    HTML("text/html; charset=UTF-8", "html"),
    /** PDF/A-3b, A4, with the DejaVu Serif font embedded. */
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    OutputFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /**
     * Returns the media type of the rendered bytes.
     *
     * @return the media type, such as {@code "application/pdf"}
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Returns the usual file extension, without the dot.
     *
     * @return the extension, such as {@code "pdf"}
     */
    public String extension() {
        return extension;
    }
}
