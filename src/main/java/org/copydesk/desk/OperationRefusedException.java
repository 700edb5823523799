package org.copydesk.desk;

/**
 * A desk operation refused before anything was changed: an overlapping frame, the last page, an
 * edition with signed-off stories. The message, from the desk's bundle, says why and names what is in
 * the way; front ends show it as it is.
 */
public final class OperationRefusedException extends RuntimeException {
    OperationRefusedException(String message) {
        super(message);
    }
}
