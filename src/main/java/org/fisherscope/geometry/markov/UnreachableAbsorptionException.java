package org.fisherscope.geometry.markov;

import java.util.List;
import org.fisherscope.geometry.InvalidInputException;

/**
 * Some transient states cannot reach any absorbing state, so their expected absorption time is
 * infinite and I − Q has no inverse. The states are exposed so that a caller (the land-use
 * workspace) can report them as infinite and solve the rest of the chain without them.
 */
public class UnreachableAbsorptionException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final List<String> unreachableStates;
    private final List<String> infiniteTimeStates;

    /**
     * @param unreachableStates transient states with no path to an absorbing state
     * @param infiniteTimeStates transient states with infinite expected absorption time: the above
     *     plus those that can fall into them (they may still be absorbed, but not surely)
     * @param absorbingStates the absorbing states, for the message
     */
    public UnreachableAbsorptionException(List<String> unreachableStates, List<String> infiniteTimeStates,
            List<String> absorbingStates) {
        super(message(unreachableStates, infiniteTimeStates, absorbingStates));
        this.unreachableStates = List.copyOf(unreachableStates);
        this.infiniteTimeStates = List.copyOf(infiniteTimeStates);
    }

    /** Transient states that cannot reach any absorbing state, in state order. */
    public List<String> unreachableStates() {
        return unreachableStates;
    }

    /**
     * Transient states whose expected absorption time is infinite, in state order: the unreachable
     * ones and every state with a path into them.
     */
    public List<String> infiniteTimeStates() {
        return infiniteTimeStates;
    }

    private static String message(List<String> unreachable, List<String> infinite, List<String> absorbing) {
        StringBuilder m = new StringBuilder();
        m.append(unreachable.size() == 1 ? "state " : "states ").append(String.join(", ", unreachable))
                .append(" cannot reach any absorbing state (")
                .append(String.join(", ", absorbing)).append("), so the expected absorption time from ")
                .append(unreachable.size() == 1 ? "it" : "them").append(" is infinite");
        List<String> feeding = infinite.stream().filter(s -> !unreachable.contains(s)).toList();
        if (!feeding.isEmpty()) {
            m.append("; ").append(String.join(", ", feeding))
                    .append(" can move into ")
                    .append(unreachable.size() == 1 ? "it" : "them")
                    .append(", so the expected absorption time from there is infinite too");
        }
        return m.append(". Make a state of each closed group absorbing, or give it a transition towards an"
                + " absorbing state").toString();
    }
}
