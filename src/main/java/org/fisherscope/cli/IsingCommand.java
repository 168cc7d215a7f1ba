package org.fisherscope.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ising}: the per-bond Fisher curvature of the periodic L × L Ising model. */
@Command(name = "ising", mixinStandardHelpOptions = true,
        description = {"Scalar curvature of the Fisher manifold of the periodic L × L Ising model with one coupling "
            + "per bond (m = 2L² dimensions), at a homogeneous coupling K (default K_c = ½ ln(1+√2)).",
            "Convention: unit 2-sphere has R = +2; R = (B − A)/4, R1 = −A/2, R2 = B/2, R3 = A/4, R4 = −B/4."},
        subcommands = {IsingExactCommand.class, IsingMcmcCommand.class, IsingScalingCommand.class,
            IsingSweepCommand.class})
final class IsingCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand: ising exact …, ising mcmc …, ising scaling … or ising sweep …");
    }
}
