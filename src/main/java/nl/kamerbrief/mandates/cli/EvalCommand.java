package nl.kamerbrief.mandates.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code mandates eval}: placeholder until the scorer lands. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score extraction against gold files.")
final class EvalCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("mandates eval: not yet available");
        return 2;
    }
}
