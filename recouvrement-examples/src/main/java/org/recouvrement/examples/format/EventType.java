package org.recouvrement.examples.format;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.recouvrement.claim.Instalment;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.CaseEvent;

/**
 * One kind of {@link CaseEvent} as the file formats write it: its name (the record's simple name, such as
 * {@code PaymentReceived}) and its attributes (the record's components, such as {@code date} and {@code amount}), each
 * with the kind of value it holds.
 *
 * <p>The vocabulary is read from the sealed interface itself, so an event kind added to the library is known to the
 * JSON case format, the CSV export and the case store without a change here. Immutable and thread-safe.
 */
public final class EventType {

    /** The kind of value an attribute holds, which decides how a file writes it. */
    public enum ValueKind {
        /** A date, {@code YYYY-MM-DD}. */
        DATE,
        /** An amount in the claim's currency, a plain decimal such as {@code 1250.00}. */
        AMOUNT,
        /** A free text: a dispute's subject, an action's identifier. */
        TEXT,
        /** One of a fixed set of codes (a Java enum): a channel, a kind of proceedings. */
        CODE,
        /** A list of instalments, each a due date and an amount. */
        INSTALMENTS
    }

    /**
     * One attribute of an event kind: a record component.
     *
     * @param name the component's name, such as {@code promisedDate}
     * @param kind the kind of value
     * @param optional whether the component is an {@code Optional} that may be empty
     * @param codes for a {@link ValueKind#CODE}, the enum of the allowed codes; otherwise {@code null}
     */
    public record Attribute(String name, ValueKind kind, boolean optional, Class<? extends Enum<?>> codes) {
        /**
         * Checks the attribute.
         *
         * @param name the component's name
         * @param kind the kind of value
         * @param optional whether it may be empty
         * @param codes the enum of a code, or {@code null}
         */
        public Attribute {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }

        /**
         * Returns the allowed codes of a {@link ValueKind#CODE} attribute, in declaration order.
         *
         * @return the code names, empty for other kinds
         */
        public List<String> codeNames() {
            if (codes == null) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            for (Enum<?> constant : codes.getEnumConstants()) {
                names.add(constant.name());
            }
            return List.copyOf(names);
        }

        /**
         * Returns the code of this attribute's enum with the given name.
         *
         * @param name the exact name, such as {@code REGISTERED_LETTER}
         * @return the constant, or empty if the enum has none of that name
         */
        public Optional<Enum<?>> code(String name) {
            if (codes == null) {
                return Optional.empty();
            }
            for (Enum<?> constant : codes.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return Optional.of(constant);
                }
            }
            return Optional.empty();
        }
    }

    private static final Map<String, EventType> BY_NAME = load();

    private final String name;
    private final Class<? extends CaseEvent> type;
    private final List<Attribute> attributes;
    private final List<Method> accessors;
    private final Constructor<? extends CaseEvent> constructor;

    private EventType(Class<? extends CaseEvent> type) {
        this.type = type;
        this.name = type.getSimpleName();
        List<Attribute> found = new ArrayList<>();
        List<Method> methods = new ArrayList<>();
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            found.add(attribute(type, components[i]));
            methods.add(components[i].getAccessor());
            parameterTypes[i] = components[i].getType();
        }
        this.attributes = List.copyOf(found);
        this.accessors = List.copyOf(methods);
        try {
            this.constructor = type.getConstructor(parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no public canonical constructor in " + type.getName(), e);
        }
        if (attributes.isEmpty() || !attributes.get(0).name().equals("date")
                || attributes.get(0).kind() != ValueKind.DATE || attributes.get(0).optional()) {
            throw new IllegalStateException(type.getName() + " does not start with its date");
        }
    }

    /**
     * Returns every kind of event the library knows, in alphabetical order of their names.
     *
     * @return the event kinds
     */
    public static List<EventType> all() {
        return List.copyOf(BY_NAME.values());
    }

    /**
     * Returns the event kind of a name.
     *
     * @param name the name, such as {@code PaymentReceived}; exact, case included
     * @return the kind, or empty if no event has that name
     */
    public static Optional<EventType> named(String name) {
        return Optional.ofNullable(BY_NAME.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Returns the kind of an event.
     *
     * @param event the event
     * @return its kind
     */
    public static EventType of(CaseEvent event) {
        Objects.requireNonNull(event, "event");
        EventType type = BY_NAME.get(event.getClass().getSimpleName());
        if (type == null || type.type != event.getClass()) {
            throw new IllegalStateException("unknown event class " + event.getClass().getName());
        }
        return type;
    }

    /**
     * Returns the names of every event kind, for messages that list them.
     *
     * @return the names, in alphabetical order
     */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /**
     * Returns the name written in files: the record's simple name.
     *
     * @return the name, such as {@code PaymentReceived}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the record class of this kind of event.
     *
     * @return the class
     */
    public Class<? extends CaseEvent> type() {
        return type;
    }

    /**
     * Returns the attributes, the event's date first.
     *
     * @return the attributes, in the order of the record's components
     */
    public List<Attribute> attributes() {
        return attributes;
    }

    /**
     * Returns the value of one attribute of an event of this kind, an empty {@code Optional} unwrapped to
     * {@code null}.
     *
     * @param event the event
     * @param index the attribute's index in {@link #attributes()}
     * @return a {@link LocalDate}, an {@link Amount}, a {@link String}, an {@link Enum}, a list of {@link Instalment},
     *     or {@code null} for an empty optional attribute
     */
    public Object value(CaseEvent event, int index) {
        if (event.getClass() != type) {
            throw new IllegalArgumentException(event.getClass().getSimpleName() + " is not a " + name);
        }
        Object value;
        try {
            value = accessors.get(index).invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + name + "." + attributes.get(index).name(), e);
        }
        return value instanceof Optional<?> optional ? optional.orElse(null) : value;
    }

    /**
     * Builds an event of this kind from its attribute values, in the order of {@link #attributes()}.
     *
     * @param values a {@link LocalDate}, {@link Amount}, {@link String}, {@link Enum} or list of {@link Instalment}
     *     per attribute, {@code null} for an empty optional attribute
     * @return the event
     * @throws org.recouvrement.RecouvrementException as the event's constructor throws it, when a value breaks one
     *     of its rules (an amount that is not positive, a promised date before the promise)
     */
    public CaseEvent create(List<?> values) {
        if (values.size() != attributes.size()) {
            throw new IllegalArgumentException(name + " takes " + attributes.size() + " values, not " + values.size());
        }
        Object[] arguments = new Object[values.size()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = attributes.get(i).optional() ? Optional.ofNullable(values.get(i)) : values.get(i);
        }
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot build " + name, e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot build " + name, e);
        }
    }

    /**
     * Returns the name.
     *
     * @return the name, such as {@code PaymentReceived}
     */
    @Override
    public String toString() {
        return name;
    }

    private static Map<String, EventType> load() {
        // The JVM's order of permitted subclasses follows javac's compilation order, which varies between builds:
        // sort by name so that messages, files and the schema list the kinds the same way every time.
        Map<String, EventType> types = new TreeMap<>();
        for (Class<?> permitted : CaseEvent.class.getPermittedSubclasses()) {
            EventType type = new EventType(permitted.asSubclass(CaseEvent.class));
            types.put(type.name(), type);
        }
        return java.util.Collections.unmodifiableMap(types);
    }

    @SuppressWarnings("unchecked")
    private static Attribute attribute(Class<?> owner, RecordComponent component) {
        Class<?> raw = component.getType();
        boolean optional = raw == Optional.class;
        Type valueType = optional ? ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0]
                : component.getGenericType();
        ValueKind kind;
        Class<? extends Enum<?>> codes = null;
        if (valueType == LocalDate.class) {
            kind = ValueKind.DATE;
        } else if (valueType == Amount.class) {
            kind = ValueKind.AMOUNT;
        } else if (valueType == String.class) {
            kind = ValueKind.TEXT;
        } else if (valueType instanceof Class<?> c && c.isEnum()) {
            kind = ValueKind.CODE;
            codes = (Class<? extends Enum<?>>) c;
        } else if (valueType instanceof ParameterizedType list && list.getRawType() == List.class
                && Arrays.asList(list.getActualTypeArguments()).equals(List.of(Instalment.class))) {
            kind = ValueKind.INSTALMENTS;
        } else {
            throw new IllegalStateException("no file form for " + owner.getSimpleName() + "." + component.getName()
                    + " of type " + valueType.getTypeName());
        }
        return new Attribute(component.getName(), kind, optional, codes);
    }
}
