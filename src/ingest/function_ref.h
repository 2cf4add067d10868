// FunctionRef<R(Args...)>: a non-owning reference to a callable, for visitor parameters.
//
// Unlike std::function it never allocates (a lambda capturing several references does not fit
// std::function's small buffer, so each call of a scanner taking one cost a heap allocation)
// and calls through one plain function pointer.
//
// Ownership: refers to the callable, does not copy it. REQUIRES: the callable outlives every
// call (true for a lambda passed straight to a function taking a FunctionRef parameter).
// Thread-safety: as the callable.
#pragma once

#include <memory>
#include <type_traits>
#include <utility>

namespace herald {

template <typename Signature>
class FunctionRef;

template <typename Result, typename... Args>
class FunctionRef<Result(Args...)> {
 public:
  template <typename Callable,
            typename = std::enable_if_t<!std::is_same_v<std::decay_t<Callable>, FunctionRef> &&
                                        std::is_invocable_r_v<Result, Callable&, Args...>>>
  FunctionRef(Callable&& callable)  // NOLINT: implicit, as std::function's is
      : object_(const_cast<void*>(static_cast<const void*>(std::addressof(callable)))),
        call_([](void* object, Args... args) -> Result {
          return (*static_cast<std::remove_reference_t<Callable>*>(object))(
              std::forward<Args>(args)...);
        }) {}

  Result operator()(Args... args) const { return call_(object_, std::forward<Args>(args)...); }

 private:
  void* object_;
  Result (*call_)(void*, Args...);
};

}  // namespace herald
