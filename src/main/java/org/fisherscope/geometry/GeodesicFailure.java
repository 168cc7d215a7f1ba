package org.fisherscope.geometry;

/**
 * A numerical geodesic could not be computed: the path left the domain, the integrator gave up or
 * shooting did not converge. The message says which, for the user.
 */
public class GeodesicFailure extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public GeodesicFailure(String message) {
        super(message);
    }
}
