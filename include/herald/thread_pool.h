// ThreadPool and run_ordered: documents in parallel, results in input order.
//
// One Document is processed by one thread at a time; stages are const and share only
// immutable resources, so documents can be annotated concurrently. run_ordered keeps at most
// a bounded window of documents in flight, so memory stays flat however long the input is,
// and hands results to the sink in the order the source produced them, so output is
// deterministic whatever the thread count.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "herald/document.h"

namespace herald {

class ThreadPool {
 public:
  // threads == 0 means one per hardware thread.
  explicit ThreadPool(size_t threads);
  ~ThreadPool();  // waits for queued tasks to finish
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  void submit(std::function<void()> task);
  void wait_idle();
  size_t size() const { return workers_.size(); }

 private:
  void work();

  std::mutex mutex_;
  std::condition_variable task_ready_;  // GUARDED_BY(mutex_): tasks_ or stopping_ changed
  std::condition_variable idle_;        // GUARDED_BY(mutex_): active_ and tasks_ drained
  std::deque<std::function<void()>> tasks_;  // GUARDED_BY(mutex_)
  size_t active_ = 0;                        // GUARDED_BY(mutex_)
  bool stopping_ = false;                    // GUARDED_BY(mutex_)
  std::vector<std::thread> workers_;
};

// Pulls documents from `source` until it returns nullopt, runs `process` on each (in
// parallel on `threads` threads, 0 meaning one per hardware thread; 1 runs everything on
// the calling thread), and calls `sink` with each processed document in source order.
// `source` and `sink` run on the calling thread only. Returns the number of documents
// processed.
size_t run_ordered(size_t threads, const std::function<std::optional<Document>()>& source,
                   const std::function<void(Document&)>& process,
                   const std::function<void(Document&)>& sink);

}  // namespace herald
