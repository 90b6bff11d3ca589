package com.sitewright.content;

import com.sitewright.base.InvalidInputException;
import com.sitewright.model.ValidationError;
import java.util.List;

/** An item's data breaks its type's rules; {@link #errors()} says which field and why. */
public class InvalidContentException extends InvalidInputException {

    private final List<ValidationError> errors;

    public InvalidContentException(List<ValidationError> errors) {
        super(
                errors.size() == 1
                        ? "1 field is not valid: " + errors.getFirst()
                        : errors.size() + " fields are not valid; see errors.");
        this.errors = List.copyOf(errors);
    }

    public List<ValidationError> errors() {
        return errors;
    }
}
