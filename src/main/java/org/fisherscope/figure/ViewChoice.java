package org.fisherscope.figure;

import java.util.List;
import org.fisherscope.geometry.InvalidInputException;

/** A figure's views as the command line names them ({@code --view ID}); one parser lists the choices. */
public interface ViewChoice {

    /** The name on the command line. */
    String id();

    /** The view called {@code id} (case ignored); otherwise a message listing every choice. */
    static <E extends Enum<E> & ViewChoice> E parse(E[] values, String id) {
        for (E v : values) {
            if (v.id().equalsIgnoreCase(id)) {
                return v;
            }
        }
        List<String> ids = java.util.Arrays.stream(values).map(ViewChoice::id).toList();
        String choices = ids.size() == 1 ? ids.get(0)
                : String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
        throw new InvalidInputException("--view must be " + choices + "; got '" + id + "'");
    }
}
