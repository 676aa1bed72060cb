package org.servelab.experiment;

import java.util.ArrayList;
import java.util.List;

import org.servelab.workload.InputException;

/**
 * A sweep's {@code --cost-model} as a list: models separated by commas, where a {@code key=value} item
 * belongs to the model before it ({@code roofline:llama-2-7b@ascend-910b,roofline:llama-2-7b@a100-80gb,mbu=0.8}
 * is two models, the second with its bandwidth utilisation set).
 */
public final class CostModelList {

    private CostModelList() {
    }

    /** The models, in order. */
    public static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            throw InputException.parameter("--cost-model", "name a cost model");
        }
        List<String> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.trim();
            if (p.isEmpty()) {
                throw InputException.parameter("--cost-model", "\"" + text + "\" has an empty item");
            }
            boolean option = p.indexOf('=') > 0 && p.indexOf(':') < 0;
            if (option && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "," + p);
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
