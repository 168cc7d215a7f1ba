package org.fisherscope.geometry;

/**
 * Input that a user supplied and that Fisherscope cannot accept: a parameter outside its family's
 * domain, a malformed file, a matrix that is not stochastic. The message says what was wrong and
 * what is accepted; it is shown to the user as it is (the command line prints it after
 * {@code error:} and exits with status 2).
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
