package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Taylor-jet arithmetic against derivatives worked out by hand. */
class JetTest {

    private static final double ROUNDING = 1e-13;

    @Test
    void compositionsGiveTheChainRuleToThirdOrder() {
        double x = 0.7;
        // f = ln(cosh(2x)) : f' = 2 tanh 2x, f'' = 4 sech² 2x, f''' = −16 sech² 2x tanh 2x.
        Jet f = Jet.variable(x).times(2).cosh().log();
        double t = Math.tanh(2 * x);
        double s2 = 1 - t * t;
        assertEquals(Math.log(Math.cosh(2 * x)), f.derivative(0), ROUNDING);
        assertEquals(2 * t, f.derivative(1), ROUNDING);
        assertEquals(4 * s2, f.derivative(2), ROUNDING);
        assertEquals(-16 * s2 * t, f.derivative(3), ROUNDING);
        // g = acosh(x² + 2): g' = 2x/√((x²+2)² − 1), checked at third order against the product rule form.
        Jet g = Jet.variable(x).times(Jet.variable(x)).plus(2).acosh();
        double u = x * x + 2;
        double q = u * u - 1;
        assertEquals(2 * x / Math.sqrt(q), g.derivative(1), ROUNDING);
        // g'' = 2/√q − 4x²u/q^{3/2}
        assertEquals(2 / Math.sqrt(q) - 4 * x * x * u / Math.pow(q, 1.5), g.derivative(2), ROUNDING);
        // h = exp(x)·sinh(x)/x: compare with the product of known series at x.
        Jet h = Jet.variable(x).exp().times(Jet.variable(x).sinh()).times(Jet.variable(x).reciprocal());
        double e2 = Math.exp(2 * x);
        // e^x sinh x = (e^{2x} − 1)/2; h = (e^{2x} − 1)/(2x).
        double h3 = (e2 * (8 * x * x * x - 12 * x * x + 12 * x - 6) + 6) / (2 * Math.pow(x, 4));
        assertEquals((e2 - 1) / (2 * x), h.derivative(0), ROUNDING);
        assertEquals(h3, h.derivative(3), 1e-12);
        Jet th = Jet.variable(x).tanh();
        double tx = Math.tanh(x);
        assertEquals(-2 * tx * (1 - tx * tx), th.derivative(2), ROUNDING);
    }
}
