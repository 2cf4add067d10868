#include "herald/thread_pool.h"

#include <algorithm>
#include <map>
#include <memory>

namespace herald {

ThreadPool::ThreadPool(size_t threads) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  workers_.reserve(threads);
  for (size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
}

ThreadPool::~ThreadPool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  task_ready_.notify_all();
  for (std::thread& worker : workers_) worker.join();
}

void ThreadPool::submit(std::function<void()> task) {
  {
    std::lock_guard lock(mutex_);
    tasks_.push_back(std::move(task));
  }
  task_ready_.notify_one();
}

void ThreadPool::wait_idle() {
  std::unique_lock lock(mutex_);
  idle_.wait(lock, [this] { return tasks_.empty() && active_ == 0; });
}

void ThreadPool::work() {
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock lock(mutex_);
      task_ready_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
      if (tasks_.empty()) return;  // stopping and drained
      task = std::move(tasks_.front());
      tasks_.pop_front();
      ++active_;
    }
    task();
    {
      std::lock_guard lock(mutex_);
      --active_;
      if (tasks_.empty() && active_ == 0) idle_.notify_all();
    }
  }
}

size_t run_ordered(size_t threads, const std::function<std::optional<Document>()>& source,
                   const std::function<void(Document&)>& process,
                   const std::function<void(Document&)>& sink) {
  size_t count = 0;
  // 0 is "one per core", as for ThreadPool (and --threads 0 on the command line).
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  if (threads <= 1) {
    while (std::optional<Document> document = source()) {
      process(*document);
      sink(*document);
      ++count;
    }
    return count;
  }

  ThreadPool pool(threads);
  const size_t window = threads * 4;
  std::mutex mutex;
  std::condition_variable finished;
  std::map<size_t, std::unique_ptr<Document>> done;  // GUARDED_BY(mutex)
  size_t next_to_emit = 0;
  size_t submitted = 0;

  auto emit_ready = [&](bool wait_for_all) {
    std::unique_lock lock(mutex);
    for (;;) {
      auto it = done.find(next_to_emit);
      if (it == done.end()) {
        const bool must_wait = wait_for_all ? next_to_emit < submitted
                                            : submitted - next_to_emit >= window;
        if (!must_wait) return;
        finished.wait(lock);
        continue;
      }
      std::unique_ptr<Document> document = std::move(it->second);
      done.erase(it);
      ++next_to_emit;
      lock.unlock();
      sink(*document);
      lock.lock();
    }
  };

  while (std::optional<Document> next = source()) {
    auto document = std::make_shared<Document>(std::move(*next));
    const size_t index = submitted++;
    pool.submit([&, document, index] {
      process(*document);
      {
        std::lock_guard lock(mutex);
        done.emplace(index, std::make_unique<Document>(std::move(*document)));
      }
      finished.notify_all();
    });
    ++count;
    emit_ready(false);
  }
  emit_ready(true);
  return count;
}

}  // namespace herald
