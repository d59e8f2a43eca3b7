package nl.kamerbrief.mandates.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code mandates train}: placeholder until the trainer lands. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train the mission name finder.")
final class TrainCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("mandates train: not yet available");
        return 2;
    }
}
