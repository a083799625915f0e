package org.avow.core.data;

/** A dataset file that does not validate; names the file and line. */
public class DatasetException extends RuntimeException {
    public DatasetException(String resource, int line, String message) {
        super(resource + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
